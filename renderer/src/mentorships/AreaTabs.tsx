import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router-dom';

const tabs = {
  mentorships: { label: 'Pairs', path: '/mentorships' },
  programs: { label: 'Programs', path: '/mentorships/programs' },
  changeRequests: { label: 'Change requests', path: '/mentorships/change-requests' },
  match: { label: 'Match a cohort', path: '/mentorships/match' },
} as const;

type Area = keyof typeof tabs;

/** The Mentorships area's lists: the pairs, the programs they belong to, and requests to change a pair. */
export function AreaTabs({ current }: { current: Area }) {
  const navigate = useNavigate();
  return (
    <Tabs value={current} onChange={(value) => value && void navigate(tabs[value as Area].path)}>
      <Tabs.List>
        {Object.entries(tabs).map(([value, tab]) => (
          <Tabs.Tab key={value} value={value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
