import { Button, Group, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatCount } from '../faculty/format';
import { useOperation } from '../api/useOperation';
import { SummaryCard } from './SummaryCard';

/** How many requests to change a pair wait for the office, and the way to all of them. */
export function ChangeRequestsCard() {
  const waiting = useOperation('changeRequests.list', { status: 'unresolved', limit: 1 });
  const total = waiting.data?.total;
  return (
    <SummaryCard
      title="Change requests"
      icon={IconArrowsExchange}
      figureTestId="change-requests-waiting"
      figure={
        total === undefined
          ? '…'
          : total === 0
            ? 'None waiting'
            : `${formatCount(total, 'request', 'requests')} waiting`
      }
    >
      <Text size="sm" c="dimmed">
        Open or in mediation. Handled requests stay on the list with their outcome.
      </Text>
      <Group>
        <Button component={Link} to="/mentorships/change-requests" variant="light">
          See all change requests
        </Button>
      </Group>
    </SummaryCard>
  );
}
