import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router-dom';

/** The Mentorships area has two lists: the pairs, and the programs they belong to. */
export function AreaTabs({ current }: { current: 'mentorships' | 'programs' }) {
  const navigate = useNavigate();
  return (
    <Tabs
      value={current}
      onChange={(value) => void navigate(value === 'programs' ? '/mentorships/programs' : '/mentorships')}
    >
      <Tabs.List>
        <Tabs.Tab value="mentorships">Pairs</Tabs.Tab>
        <Tabs.Tab value="programs">Programs</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
