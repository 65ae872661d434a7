import { Button, Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { errorMessage } from '../api/client';
import { useOperationMutation } from '../api/useOperation';

/** Puts back the records as they were just before the last restore, after asking. */
export function UndoRestoreButton({ variant, onUndone }: { variant?: string; onUndone?: () => void }) {
  const undo = useOperationMutation('backups.undoRestore', {
    onSuccess: ({ unlocked }) => {
      onUndone?.();
      notifications.show({
        color: 'teal',
        title: 'Restore undone',
        message: unlocked
          ? 'The records are back as they were just before the restore.'
          : 'The records are back as they were just before the restore. Unlock them with the passphrase they had then.',
      });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The restore was not undone', message: errorMessage(error) }),
  });
  const confirm = () =>
    openConfirmModal({
      title: 'Undo the restore?',
      children: (
        <Text size="sm">
          The records go back to how they were just before the restore. Trellis backs up the restored records first.
        </Text>
      ),
      labels: { confirm: 'Undo restore', cancel: 'Keep the restored records' },
      confirmProps: { color: 'red' },
      onConfirm: () => undo.mutate({}),
    });
  return (
    <Button variant={variant} leftSection={<IconArrowBackUp size={16} />} loading={undo.isPending} onClick={confirm}>
      Undo restore
    </Button>
  );
}
