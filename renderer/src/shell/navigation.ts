import {
  IconAward,
  IconFileImport,
  IconFileText,
  IconHeartHandshake,
  IconLayoutDashboard,
  IconLayoutGrid,
  IconPresentation,
  IconSettings,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface NavigationItem {
  path: string;
  label: string;
  icon: Icon;
}

/** The areas of the app, in the order of an office's year. Routes use the same paths. */
export const navigation: NavigationItem[] = [
  { path: '/', label: 'Dashboard', icon: IconLayoutDashboard },
  { path: '/faculty', label: 'Faculty', icon: IconUsers },
  { path: '/mentorships', label: 'Mentorships', icon: IconHeartHandshake },
  { path: '/peer-groups', label: 'Peer Groups', icon: IconUsersGroup },
  { path: '/workshops', label: 'Workshops', icon: IconPresentation },
  { path: '/matrix', label: 'Matrix', icon: IconLayoutGrid },
  { path: '/imports', label: 'Imports', icon: IconFileImport },
  { path: '/documents', label: 'Documents', icon: IconFileText },
  { path: '/awards', label: 'Awards', icon: IconAward },
  { path: '/settings', label: 'Settings', icon: IconSettings },
];
