import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatCount } from '../faculty/format';
import { useMentoringQuery } from '../mentorships/queries';

/** How many requests to change a pair wait for the office, and the way to all of them. */
export function ChangeRequestsCard() {
  const waiting = useMentoringQuery('changeRequests.list', { status: 'unresolved', limit: 1 });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Change requests">
      <Stack gap="sm">
        <Group gap="xs">
          <IconArrowsExchange size={20} aria-hidden />
          <Title order={2} size="h4">
            Change requests
          </Title>
        </Group>
        <Text size="xl" fw={600} data-testid="change-requests-waiting">
          {waiting.data === undefined
            ? '…'
            : waiting.data.total === 0
              ? 'None waiting'
              : `${formatCount(waiting.data.total, 'request', 'requests')} waiting`}
        </Text>
        <Text size="sm" c="dimmed">
          Open or in mediation. Handled requests stay on the list with their outcome.
        </Text>
        <Group>
          <Button component={Link} to="/mentorships/change-requests" variant="light">
            See all change requests
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
