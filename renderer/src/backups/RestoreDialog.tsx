import { Alert, Button, Group, Modal, PasswordInput, Stack, Table, Text } from '@mantine/core';
import type { BackupSummary } from '@contract/backups';
import { useState } from 'react';
import { useOperation } from '../api/useOperation';
import { useTrackedRun } from '../api/useTrackedRun';
import { formatMoment } from '../faculty/format';
import { FormAlert, FormFooter } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { QueryState } from '../shell/QueryState';
import { countRows } from './format';
import { UndoRestoreButton } from './UndoRestoreButton';
import { WorkProgressBar } from './WorkProgressBar';

type Restored = NonNullable<ReturnType<typeof useRestore>['run']['data']>;

const useRestore = () => useTrackedRun('backups.restore', { progress: 'work.progress', cancel: 'work.cancel' });

/**
 * Restore, step by step: what the backup holds (read from its manifest,
 * nothing changed), then its passphrase and the confirmation, then the
 * restore itself, then the way back (Undo restore).
 */
export function RestoreDialog({ path, onClose }: { path: string | null; onClose: () => void }) {
  return (
    <Modal opened={path !== null} onClose={onClose} title="Restore from a backup" size="lg">
      {path !== null && <RestoreSteps path={path} onClose={onClose} />}
    </Modal>
  );
}

function RestoreSteps({ path, onClose }: { path: string; onClose: () => void }) {
  // Read once per opening: a backup file does not change while the dialog is open.
  const summary = useOperation('backups.inspect', { path }, { staleTime: Infinity, gcTime: 0 });
  const restore = useRestore();
  if (restore.run.isSuccess) return <RestoreDone restored={restore.run.data} onClose={onClose} />;
  return (
    <QueryState query={summary} failure="This backup cannot be restored" loadingLabel="Reading the backup">
      {(found) => <ConfirmRestore summary={found} restore={restore} onClose={onClose} />}
    </QueryState>
  );
}

function ConfirmRestore({
  summary,
  restore,
  onClose,
}: {
  summary: BackupSummary;
  restore: ReturnType<typeof useRestore>;
  onClose: () => void;
}) {
  const [useRecoveryKey, setUseRecoveryKey] = useState(false);
  const { form, errors, formError, submitWith } = useOperationForm('backups.restore', {
    defaultValues: { path: summary.path },
    fields: ['passphrase', 'recoveryKey'],
  });
  const submit = submitWith(
    (values) =>
      new Promise((resolve, reject) =>
        restore.start(useRecoveryKey ? { ...values, passphrase: undefined } : { ...values, recoveryKey: undefined }, {
          onSuccess: resolve,
          onError: reject,
        }),
      ),
  );
  const running = restore.run.isPending;

  return (
    <form onSubmit={submit} noValidate aria-label="Restore this backup">
      <Stack gap="md">
        <Text size="sm">
          This backup was made on <strong>{formatMoment(summary.createdAt)}</strong> with Trellis{' '}
          {summary.trellisVersion}. It holds:
        </Text>
        <Table withTableBorder maw={420} aria-label="What the backup holds">
          <Table.Tbody>
            {countRows(summary.counts).map(({ label, count }) => (
              <Table.Tr key={label}>
                <Table.Td>{label}</Table.Td>
                <Table.Td ta="right">{count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {summary.sameDatabase === false && (
          <Alert color="orange" title="This backup is of another set of records">
            It was not made from the database open now. Restoring it puts its records in place of these.
          </Alert>
        )}
        <Alert color="blue" title="What happens">
          Every record open now is replaced by the records in this backup. Trellis first backs up the records as they
          are now, so you can undo the restore afterwards.
        </Alert>
        <FormAlert message={formError} title="Nothing was restored" />
        {useRecoveryKey ? (
          <PasswordInput
            label="Recovery key of the backup"
            description="The recovery key shown when these records were first set up."
            autoFocus
            error={errors.recoveryKey?.message}
            {...form.register('recoveryKey')}
          />
        ) : (
          <PasswordInput
            label="Passphrase of the backup"
            description="The passphrase in use when the backup was made. It may differ from today’s if it was changed since."
            autoFocus
            error={errors.passphrase?.message}
            {...form.register('passphrase')}
          />
        )}
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setUseRecoveryKey((value) => !value)}>
            {useRecoveryKey ? 'Use the passphrase instead' : 'Use the recovery key instead'}
          </Button>
        </Group>
        {running && <WorkProgressBar label="Restoring" progress={restore.progress} onCancel={() => restore.cancel()} />}
        <FormFooter onCancel={onClose} submitLabel="Restore these records" saving={running} color="red" />
      </Stack>
    </form>
  );
}

function RestoreDone({ restored, onClose }: { restored: Restored; onClose: () => void }) {
  const { safetyBackup, keyFile, migratedFrom } = restored;
  return (
    <Stack gap="md">
      <Alert color="teal" title="Restored">
        <Stack gap={4}>
          <Text size="sm">The records are now as they were on {formatMoment(restored.restored.createdAt)}.</Text>
          {safetyBackup && (
            <Text size="sm">The records as they were just before are kept in {safetyBackup.fileName}.</Text>
          )}
          {keyFile === 'from-backup' && <Text size="sm">From now on, the passphrase of the backup opens Trellis.</Text>}
          {migratedFrom && <Text size="sm">The backup was brought up to date with this version of Trellis.</Text>}
        </Stack>
      </Alert>
      <Group justify="flex-end">
        <UndoRestoreButton variant="default" onUndone={onClose} />
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
