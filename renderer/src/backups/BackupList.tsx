import { Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { BackupEntry } from '@contract/backups';
import { useState } from 'react';
import { chooseFile } from '../api/files';
import { useOperation } from '../api/useOperation';
import { formatMoment } from '../faculty/format';
import { QueryState } from '../shell/QueryState';
import { formatBytes, reasonLabels, recordsSummary } from './format';
import { RestoreDialog } from './RestoreDialog';

const backupFilters = [{ name: 'Trellis backups', extensions: ['trellisbackup'] }];

/** Every backup in the backups folder, newest first, each with Restore…; and a backup kept elsewhere. */
export function BackupList() {
  const list = useOperation('backups.list', {}, { staleTime: 0 });
  const [restoring, setRestoring] = useState<string | null>(null);
  const restoreFromFile = async () => {
    const chosen = await chooseFile({ purpose: 'backup', title: 'Choose a backup to restore', filters: backupFilters });
    if (chosen) setRestoring(chosen.path);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Backups kept
        </Title>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconFileImport size={14} />}
          onClick={() => void restoreFromFile()}
        >
          Restore from a file…
        </Button>
      </Group>
      <QueryState
        query={list}
        failure="The backups could not be listed"
        loadingLabel="Listing the backups"
        isEmpty={(found) => found.backups.length === 0}
        empty={
          <Text size="sm" c="dimmed">
            No backups in this folder yet. Back up now, or they are made when Trellis locks after changes.
          </Text>
        }
      >
        {(found) => (
          <Stack gap="xs">
            <BackupTable backups={found.backups} onRestore={setRestoring} />
            <Text size="xs" c="dimmed">
              Trellis keeps every backup of the last day (at most 6), then one a day for two weeks, one a week for two
              months and one a month for a year.
            </Text>
            {found.unreadable.length > 0 && (
              <Text size="xs" c="orange.8">
                {found.unreadable.length === 1 ? 'One file' : `${found.unreadable.length} files`} in the folder could
                not be read as a backup and {found.unreadable.length === 1 ? 'is' : 'are'} left alone.
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
      <RestoreDialog path={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  );
}

function BackupTable({ backups, onRestore }: { backups: BackupEntry[]; onRestore: (path: string) => void }) {
  return (
    <Table withTableBorder striped aria-label="Backups kept">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Made</Table.Th>
          <Table.Th>Why</Table.Th>
          <Table.Th>Records</Table.Th>
          <Table.Th ta="right">Size</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.path}>
            <Table.Td>{formatMoment(backup.createdAt)}</Table.Td>
            <Table.Td>{reasonLabels[backup.reason]}</Table.Td>
            <Table.Td>{recordsSummary(backup.counts)}</Table.Td>
            <Table.Td ta="right">{formatBytes(backup.bytes)}</Table.Td>
            <Table.Td ta="right">
              <Button
                variant="subtle"
                size="xs"
                aria-label={`Restore the backup of ${formatMoment(backup.createdAt)}`}
                onClick={() => onRestore(backup.path)}
              >
                Restore…
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
