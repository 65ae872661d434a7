import { Button, EmptyState, Group, Paper, Select, Stack, Text } from '@mantine/core';
import {
  changeRequestStatuses,
  changeRequestStatusLabels,
  raisedByLabels,
  raisedByOptions,
  type ChangeRequestStatus,
  type RaisedBy,
} from '@contract/changeRequests';
import type { OperationInput } from '@contract';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatCount } from '../faculty/format';
import { PageHeader } from '../shell/PageHeader';
import { QueryState } from '../shell/QueryState';
import { AreaTabs } from '../mentorships/AreaTabs';
import { ChangeRequestTable } from './ChangeRequestTable';
import { useOperation, useOperationPages } from '../api/useOperation';
import { capitalize } from '../shell/records';

type StatusFilter = ChangeRequestStatus | 'unresolved';
type ChangeRequestFilters = Omit<OperationInput<'changeRequests.list'>, 'offset' | 'limit'>;
/** Rows fetched per request as the list scrolls: a few screens' worth. */
const pageSize = 100;
const statusOptions = [
  { value: 'unresolved', label: 'Open or in mediation' },
  ...changeRequestStatuses.map((s) => ({ value: s, label: changeRequestStatusLabels[s] })),
];

/** Every request to change a pair, open and handled, filtered by where it stands and who asked. */
export function ChangeRequestsPage() {
  const [status, setStatus] = useState<string | null>('unresolved');
  const [raisedBy, setRaisedBy] = useState<string | null>(null);
  const filters: ChangeRequestFilters = {
    status: (status ?? undefined) as StatusFilter | undefined,
    raisedBy: (raisedBy ?? undefined) as RaisedBy | undefined,
  };
  // While new filters load, the previous rows stay on screen.
  const pages = useOperationPages('changeRequests.list', filters, { pageSize, keepPrevious: true });
  // Whether there are any requests at all, to tell "none yet" from "none match".
  const any = useOperation('changeRequests.list', { limit: 1 });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const rows = pages.data?.pages.flatMap((page) => page.rows) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const clearFilters = () => {
    setStatus(null);
    setRaisedBy(null);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Mentorships"
        description="Change requests: either person may ask to change a pair. Reasons are confidential and shown only on each request."
      />
      <AreaTabs current="changeRequests" />
      <Group gap="sm" align="flex-end">
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={statusOptions}
          value={status}
          onChange={setStatus}
          w={220}
        />
        <Select
          label="Asked for by"
          placeholder="Anyone"
          clearable
          data={raisedByOptions.map((r) => ({ value: r, label: capitalize(raisedByLabels[r]) }))}
          value={raisedBy}
          onChange={setRaisedBy}
          w={200}
        />
      </Group>
      <QueryState
        query={any}
        failure="The change requests could not be loaded"
        empty={
          <EmptyState
            py="xl"
            icon={<IconArrowsExchange size={28} />}
            withIndicatorBackground
            title="No change requests yet"
            description="When a mentor or mentee asks to change their pair, open the pair’s page and use “Raise a change request”. Requests from the annual survey appear here too."
          >
            <EmptyState.Actions>
              <Button component={Link} to="/mentorships" variant="default">
                Go to the pairs
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        {() => (
          <QueryState
            query={pages}
            failure="The change requests could not be loaded"
            isEmpty={() => total === 0}
            empty={
              <EmptyState
                py="xl"
                icon={<IconArrowsExchange size={28} />}
                withIndicatorBackground
                title="No change requests match"
                description={
                  status === 'unresolved' && !raisedBy
                    ? 'Nothing is open or in mediation. Show every status to see the requests already handled.'
                    : 'Try another status or person, or show every request.'
                }
              >
                <EmptyState.Actions>
                  <Button variant="default" onClick={clearFilters}>
                    Show every request
                  </Button>
                </EmptyState.Actions>
              </EmptyState>
            }
          >
            {() => (
              <Paper withBorder radius="md">
                <Text size="sm" c="dimmed" p="sm" data-testid="change-requests-summary">
                  {formatCount(total, 'change request', 'change requests')}
                </Text>
                <ChangeRequestTable rows={rows} total={total} onNeedMore={loadMore} viewKey={JSON.stringify(filters)} />
              </Paper>
            )}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}
