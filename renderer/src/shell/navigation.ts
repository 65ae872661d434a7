import {
  IconAward,
  IconFileImport,
  IconFileText,
  IconHeartHandshake,
  IconLayoutDashboard,
  IconLayoutGrid,
  IconSettings,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface NavigationItem {
  path: string;
  label: string;
  icon: Icon;
  /** Areas still to come are listed so staff can see what Trellis will do, and marked so. */
  built: boolean;
}

/** The areas of the app, in the order of an office's year. Routes use the same paths. */
export const navigation: NavigationItem[] = [
  { path: '/', label: 'Dashboard', icon: IconLayoutDashboard, built: true },
  { path: '/faculty', label: 'Faculty', icon: IconUsers, built: true },
  { path: '/mentorships', label: 'Mentorships', icon: IconHeartHandshake, built: true },
  { path: '/peer-groups', label: 'Peer Groups', icon: IconUsersGroup, built: true },
  { path: '/matrix', label: 'Matrix', icon: IconLayoutGrid, built: true },
  { path: '/imports', label: 'Imports', icon: IconFileImport, built: true },
  { path: '/documents', label: 'Documents', icon: IconFileText, built: true },
  { path: '/awards', label: 'Awards', icon: IconAward, built: true },
  { path: '/settings', label: 'Settings', icon: IconSettings, built: true },
];
