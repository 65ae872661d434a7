import { Alert, Badge, Button, Code, DataList, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFolder } from '@tabler/icons-react';
import type { BackupStatus } from '@contract/backups';
import { errorMessage } from '../api/client';
import { chooseFile } from '../api/files';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { useTrackedRun } from '../api/useTrackedRun';
import { formatMoment } from '../faculty/format';
import { QueryState } from '../shell/QueryState';
import { BackupList } from './BackupList';
import { formatBytes, recordsSummary } from './format';
import { UndoRestoreButton } from './UndoRestoreButton';
import { useShownAfter } from './useShownAfter';
import { WorkProgressBar } from './WorkProgressBar';

/** Settings › Backups: the last backup and the next, where they go, "Back up now", and every backup kept. */
export function BackupsSection() {
  // Asked again when Settings opens: an automatic backup may have been taken since.
  const status = useOperation('backups.status', {}, { staleTime: 0 });
  return (
    <Stack gap="lg">
      <QueryState query={status} failure="The backups could not be checked" loadingLabel="Checking the backups">
        {(found) => <Overview status={found} />}
      </QueryState>
      <BackupList />
    </Stack>
  );
}

function Overview({ status }: { status: BackupStatus }) {
  const { lastBackup, problem } = status;
  return (
    <Stack gap="md">
      {problem && (
        <Alert color="orange" title="Automatic backups are not being made" maw={720}>
          <Stack gap={4}>
            <Text size="sm">{problem.message}</Text>
            <Text size="sm">
              Since {formatMoment(problem.since)}. Trellis keeps working; choose another folder below, or connect the
              drive, then back up now.
            </Text>
          </Stack>
        </Alert>
      )}
      <DataList labelWidth={180} withDivider aria-label="Backups">
        <DataList.Item>
          <DataList.ItemLabel>Last backup</DataList.ItemLabel>
          <DataList.ItemValue data-testid="last-backup">
            {lastBackup ? (
              <Stack gap={2}>
                <Text size="sm">
                  {formatMoment(lastBackup.createdAt)} · {formatBytes(lastBackup.bytes)} ·{' '}
                  {recordsSummary(lastBackup.counts)}
                </Text>
                <Code style={{ wordBreak: 'break-all' }}>{lastBackup.path}</Code>
              </Stack>
            ) : (
              'None yet. Back up now to make the first one.'
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Next automatic backup</DataList.ItemLabel>
          <DataList.ItemValue>{nextWords(status)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Backups folder</DataList.ItemLabel>
          <DataList.ItemValue>
            <FolderSetting status={status} />
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <BackUpNow />
      {status.undoRestoreAvailable && (
        <Group>
          <Text size="sm">The records as they were before the last restore are kept.</Text>
          <UndoRestoreButton variant="default" />
        </Group>
      )}
    </Stack>
  );
}

function nextWords({ nextDueAt, changesSinceLastBackup }: BackupStatus): string {
  if (nextDueAt === null) return 'When something changes: nothing has changed since the last backup.';
  const due = formatMoment(nextDueAt);
  return changesSinceLastBackup
    ? `By ${due} if changes go on, and whenever Trellis locks or closes.`
    : `By ${due}, and whenever Trellis locks or closes.`;
}

function FolderSetting({ status }: { status: BackupStatus }) {
  const setFolder = useOperationMutation('backups.setFolder', {
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The folder was not changed', message: errorMessage(error) }),
  });
  const change = async () => {
    const chosen = await chooseFile({ purpose: 'folder', title: 'Choose the folder for backups', filters: [] });
    if (chosen) setFolder.mutate({ path: chosen.path });
  };
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Code style={{ wordBreak: 'break-all' }} data-testid="backups-folder">
          {status.folder}
        </Code>
        {!status.folderChosen && (
          <Badge variant="light" color="gray">
            Default, beside the database
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        A backup beside the database is lost with this computer. Choose a network drive or a USB disk.
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconFolder size={14} />}
          loading={setFolder.isPending}
          onClick={() => void change()}
        >
          Change folder…
        </Button>
        {status.folderChosen && (
          <Button variant="subtle" size="xs" onClick={() => setFolder.mutate({ path: null })}>
            Use the default folder
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function BackUpNow() {
  const backup = useTrackedRun('backups.create', { progress: 'work.progress', cancel: 'work.cancel' });
  const showProgress = useShownAfter(backup.run.isPending);
  const start = () =>
    backup.start(
      {},
      {
        onSuccess: (entry) =>
          notifications.show({
            color: 'teal',
            title: 'Backed up',
            message: `${entry.fileName} (${formatBytes(entry.bytes)}) is in the backups folder.`,
          }),
      },
    );
  return (
    <Stack gap="xs">
      <Group>
        <Button leftSection={<IconDatabaseExport size={16} />} loading={backup.run.isPending} onClick={start}>
          Back up now
        </Button>
      </Group>
      {showProgress && (
        <WorkProgressBar label="Backing up" progress={backup.progress} onCancel={() => backup.cancel()} />
      )}
      {backup.run.isError && (
        <Alert color="red" title="The backup was not made" maw={720}>
          {errorMessage(backup.run.error)}
        </Alert>
      )}
    </Stack>
  );
}
