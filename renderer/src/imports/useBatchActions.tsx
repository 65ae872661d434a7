import { List, Stack, Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { BatchSummary } from '@contract/imports';
import { useMutation } from '@tanstack/react-query';
import { errorMessage, invoke } from '../api/client';
import { chooseSaveLocation, workbookFilters } from '../api/files';
import { formatCount } from '../faculty/format';
import { undoConsequences } from './importWords';
import { useUndoImport } from './queries';

/** Undo (after saying exactly what it will do) and saving a batch's rejected rows: from the list and from the wizard's result. */
export function useBatchActions() {
  const undo = useUndoImport();
  const saveRejected = useMutation({
    mutationFn: async (batch: Pick<BatchSummary, 'id' | 'fileName'>) => {
      const target = await chooseSaveLocation({
        title: 'Save the rows that were not imported',
        defaultName: `${batch.fileName.replace(/\.[^.]+$/, '')} - rejected rows.xlsx`,
        filters: workbookFilters,
      });
      if (!target) return null;
      return { ...(await invoke('imports.rejectedRows', { batchId: batch.id, path: target.path })), ...target };
    },
    onSuccess: (saved) => {
      if (!saved) return;
      notifications.show({
        color: 'teal',
        title: 'Rejected rows saved',
        message: `${formatCount(saved.rows, 'row', 'rows')} with the reason for each, in ${saved.fileName}.`,
      });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
  });

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
        undo.mutate(batch.id, {
          onSuccess: (result) => {
            notifications.show({
              color: 'teal',
              title: 'Import undone',
              message: `${formatCount(result.removed, 'record', 'records')} removed, ${formatCount(result.restored, 'record', 'records')} restored.`,
            });
            onDone?.();
          },
          onError: (e) => notifications.show({ color: 'red', title: 'Not undone', message: errorMessage(e) }),
        }),
    });

  return { confirmUndo, undoing: undo.isPending, saveRejected };
}
