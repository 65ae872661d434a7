import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { MatchBatch } from '@contract/matching';
import { mentorshipKindLabels } from '@contract/mentorships';
import { IconArrowBackUp } from '@tabler/icons-react';
import { errorMessage } from '../api/client';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { formatCount, formatMoment } from '../faculty/format';
import { QueryState } from '../shell/QueryState';

/**
 * Published cohorts, newest first. A batch can be undone as a whole until
 * any of its pairs changes (activated, edited, ended, or given goals or
 * meetings); after that its pairs are real records and are ended one by one.
 */
export function MatchBatches({ programId }: { programId: number | undefined }) {
  const batches = useOperation('matching.batches.list', { programId });
  return (
    <Stack gap="sm" component="section" aria-label="Published cohorts">
      <Title order={2} size="h4">
        Published cohorts
      </Title>
      <QueryState
        query={batches}
        failure="The published cohorts could not be loaded"
        empty={
          <Text size="sm" c="dimmed">
            Nothing published yet. Propose pairs above, review them, and publish them as proposed mentorships.
          </Text>
        }
      >
        {(rows) => (
          <Paper withBorder radius="md">
            <Table aria-label="Published cohorts" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Published</Table.Th>
                  <Table.Th>Program</Table.Th>
                  <Table.Th>Pairs</Table.Th>
                  <Table.Th>By</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((batch) => (
                  <BatchRow key={batch.id} batch={batch} onRefused={() => void batches.refetch()} />
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}

/** `onRefused`: a refusal means the list is out of date (a pair changed elsewhere), so it is asked for again. */
function BatchRow({ batch, onRefused }: { batch: MatchBatch; onRefused: () => void }) {
  const undo = useOperationMutation('matching.batches.undo');
  const pairs = formatCount(batch.pairs, 'pair', 'pairs');
  const confirmUndo = () =>
    openConfirmModal({
      title: `Undo this cohort of ${pairs}?`,
      children: (
        <Text size="sm">
          The {pairs} it proposed are removed as one. Nothing else changes, and the undo is recorded in the audit log.
        </Text>
      ),
      labels: { confirm: 'Undo cohort', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        undo.mutate(
          { id: batch.id },
          {
            onSuccess: () => notifications.show({ color: 'teal', title: 'Cohort undone', message: pairs }),
            onError: (error) => {
              notifications.show({ color: 'red', title: 'Not undone', message: errorMessage(error) });
              onRefused();
            },
          },
        ),
    });

  return (
    <Table.Tr aria-label={`Cohort published ${formatMoment(batch.createdAt)}`}>
      <Table.Td>{formatMoment(batch.createdAt)}</Table.Td>
      <Table.Td>
        {batch.program.name}
        <Text size="xs" c="dimmed">
          {mentorshipKindLabels[batch.kind]}s
        </Text>
      </Table.Td>
      <Table.Td>{batch.pairs}</Table.Td>
      <Table.Td>{batch.actor}</Table.Td>
      <Table.Td>
        {batch.undoneAt ? (
          <Badge variant="light" color="gray">
            Undone {formatMoment(batch.undoneAt)}
          </Badge>
        ) : batch.changedSince > 0 ? (
          <Text size="sm">
            {formatCount(batch.changedSince, 'pair has', 'pairs have')} changed since, so it can no longer be undone as
            one.
          </Text>
        ) : (
          <Badge variant="light" color="blue">
            Proposed, unchanged
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {!batch.undoneAt && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowBackUp size={14} />}
            disabled={!batch.undoable}
            loading={undo.isPending}
            onClick={confirmUndo}
          >
            Undo
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
