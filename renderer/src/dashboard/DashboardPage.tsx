import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatCount } from '../faculty/format';
import { useFacultyCount } from '../faculty/queries';
import { futureAreas } from '../placeholders/futureAreas';
import { PageHeader } from '../shell/PageHeader';
import { AttentionPanel } from './AttentionPanel';
import { ChangeRequestsCard } from './ChangeRequestsCard';
import { SummaryCard } from './SummaryCard';

/** What is in Trellis today, from real counts only; and, plainly, what is still to come. */
export function DashboardPage() {
  const active = useFacultyCount('active');
  const inactive = useFacultyCount('inactive');

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title="Dashboard" description="Your office’s mentoring records, kept encrypted on this computer." />
      <AttentionPanel />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <SummaryCard
          title="Faculty directory"
          icon={IconUsers}
          figureTestId="active-count"
          figure={
            active.data === undefined
              ? '…'
              : active.data === 0
                ? 'No one yet'
                : formatCount(active.data, 'active person', 'active people')
          }
        >
          {inactive.data !== undefined && inactive.data > 0 && (
            <Text size="sm" c="dimmed">
              and {formatCount(inactive.data, 'inactive person', 'inactive people')}
            </Text>
          )}
          <Group>
            <Button component={Link} to="/faculty" variant="light">
              {active.data === 0 ? 'Add people' : 'Open the directory'}
            </Button>
          </Group>
        </SummaryCard>
        <ChangeRequestsCard />
        <Paper withBorder radius="md" p="lg" component="section" aria-label="Coming in later versions">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Coming in later versions
            </Title>
            <Text size="sm" c="dimmed">
              These areas are not built yet. Nothing is kept for them until they are.
            </Text>
            <Stack gap={4}>
              {futureAreas.map((area) => (
                <Text key={area.path} size="sm">
                  <Text span fw={600}>
                    {area.title}
                  </Text>
                  {' — '}
                  {area.willDo}
                </Text>
              ))}
            </Stack>
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
