import { List, Stack, Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { BatchSummary } from '@contract/imports';
import { errorMessage } from '../api/client';
import { chooseSaveLocation, workbookFilters } from '../api/files';
import { useOperationMutation } from '../api/useOperation';
import { formatCount } from '../faculty/format';
import { undoConsequences } from './importWords';

/** Undo (after saying exactly what it will do) and saving a batch's rejected rows: from the list and from the wizard's result. */
export function useBatchActions() {
  const undo = useOperationMutation('imports.undo');
  const writeRejected = useOperationMutation('imports.rejectedRows');

  const saveRejected = async (batch: Pick<BatchSummary, 'id' | 'fileName'>) => {
    const target = await chooseSaveLocation({
      title: 'Save the rows that were not imported',
      defaultName: `${batch.fileName.replace(/\.[^.]+$/, '')} - rejected rows.xlsx`,
      filters: workbookFilters,
    });
    if (!target) return;
    writeRejected.mutate(
      { batchId: batch.id, path: target.path },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            title: 'Rejected rows saved',
            message: `${formatCount(saved.rows, 'row', 'rows')} with the reason for each, in ${target.fileName}.`,
          }),
        onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
      },
    );
  };

  const confirmUndo = (batch: Pick<BatchSummary, 'id' | 'kind' | 'counts' | 'fileName'>, onDone?: () => void) =>
    openConfirmModal({
      title: `Undo the import of ${batch.fileName}?`,
      children: (
        <Stack gap="xs">
          <List size="sm" spacing={4}>
            {undoConsequences(batch).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed">
            The import stays in the list, marked undone.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Undo import', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        undo.mutate(
          { batchId: batch.id },
          {
            onSuccess: (result) => {
              notifications.show({
                color: 'teal',
                title: 'Import undone',
                message: `${formatCount(result.removed, 'record', 'records')} removed, ${formatCount(result.restored, 'record', 'records')} restored.`,
              });
              onDone?.();
            },
            onError: (e) => notifications.show({ color: 'red', title: 'Not undone', message: errorMessage(e) }),
          },
        ),
    });

  return {
    confirmUndo,
    undoing: undo.isPending,
    saveRejected,
    /** The batch whose rejected rows are being written, if any. */
    savingRejectedOf: writeRejected.isPending ? writeRejected.variables?.batchId : undefined,
  };
}
