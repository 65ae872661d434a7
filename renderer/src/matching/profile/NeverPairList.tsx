import { ActionIcon, Stack, Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { NeverPair } from '@contract/matching';
import { IconTrash } from '@tabler/icons-react';
import { errorMessage } from '../../api/client';
import { useOperation, useOperationMutation } from '../../api/useOperation';
import { QueryState } from '../../shell/QueryState';
import { PersonLink } from '../../shell/records';

/** The people someone is never paired with, each with the office's confidential reason. */
export function NeverPairList({ facultyId }: { facultyId: number }) {
  const pairs = useOperation('matching.neverPairs.list', { facultyId });
  const remove = useOperationMutation('matching.neverPairs.remove');
  const confirmRemove = (pair: NeverPair, other: string) =>
    openConfirmModal({
      title: `Take ${other} off the never-pair list?`,
      children: <Text size="sm">They could be suggested as a pair again. The reason is deleted.</Text>,
      labels: { confirm: 'Take off the list', cancel: 'Keep' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: pair.id },
          { onError: (e) => notifications.show({ color: 'red', title: 'Not removed', message: errorMessage(e) }) },
        ),
    });
  return (
    <QueryState
      query={pairs}
      failure="The never-pair list could not be loaded"
      empty={
        <Text size="sm" c="dimmed">
          No one.
        </Text>
      }
    >
      {(rows) => (
        <Stack gap={6} aria-label="Never paired with">
          {rows.map((pair) => {
            const other = pair.people[0].id === facultyId ? pair.people[1] : pair.people[0];
            return (
              <Stack key={pair.id} gap={0}>
                <Text size="sm" component="div">
                  <PersonLink person={other} />{' '}
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={`Take ${other.name} off the never-pair list`}
                    onClick={() => confirmRemove(pair, other.name)}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Text>
                <Text size="xs" c="dimmed">
                  {pair.reason}
                </Text>
              </Stack>
            );
          })}
        </Stack>
      )}
    </QueryState>
  );
}
