import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatCount } from '../faculty/format';
import { useOperation } from '../api/useOperation';
import { PageHeader } from '../shell/PageHeader';
import { AttentionPanel } from './AttentionPanel';
import { ChangeRequestsCard } from './ChangeRequestsCard';
import { SummaryCard } from './SummaryCard';

/** What is in Trellis today, from real counts only, and where the year's work starts. */
export function DashboardPage() {
  // How many people have each status: the total of a one-row list.
  const active = useOperation('faculty.list', { status: 'active', limit: 1 }).data?.total;
  const inactive = useOperation('faculty.list', { status: 'inactive', limit: 1 }).data?.total;

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
            active === undefined
              ? '…'
              : active === 0
                ? 'No one yet'
                : formatCount(active, 'active person', 'active people')
          }
        >
          {inactive !== undefined && inactive > 0 && (
            <Text size="sm" c="dimmed">
              and {formatCount(inactive, 'inactive person', 'inactive people')}
            </Text>
          )}
          <Group>
            <Button component={Link} to="/faculty" variant="light">
              {active === 0 ? 'Add people' : 'Open the directory'}
            </Button>
          </Group>
        </SummaryCard>
        <ChangeRequestsCard />
        <Paper withBorder radius="md" p="lg" component="section" aria-label="The office’s year">
          <Stack gap="sm">
            <Title order={2} size="h4">
              The office’s year
            </Title>
            <Text size="sm" c="dimmed">
              Bring in the HR roster and survey exports, print agreements and letters, and run award cycles.
            </Text>
            <Group>
              <Button component={Link} to="/imports" variant="light">
                Imports
              </Button>
              <Button component={Link} to="/documents" variant="light">
                Documents
              </Button>
              <Button component={Link} to="/awards" variant="light">
                Awards
              </Button>
            </Group>
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
