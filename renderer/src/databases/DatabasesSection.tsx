import { Alert, Badge, Button, Code, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDatabasePlus, IconFolderOpen } from '@tabler/icons-react';
import type { DatabaseEntry, DatabaseRequest } from '@common/bridge';
import { useMutation } from '@tanstack/react-query';
import { errorMessage } from '../api/client';
import { QueryState } from '../shell/QueryState';
import { switchDatabase, useDatabases } from './databasesApi';

/**
 * Settings › Databases: which database is open, and the way to another —
 * a new one, one chosen in a dialog, or one of the recent ones. Opening
 * another locks these records first.
 */
export function DatabasesSection() {
  const databases = useDatabases();
  const open = useMutation({ mutationFn: (request: DatabaseRequest) => switchDatabase(request) });
  return (
    <QueryState query={databases} failure="The databases could not be listed" loadingLabel="Listing the databases">
      {({ view }) => (
        <Stack gap="md">
          <Group gap="xs">
            <Text size="sm">Open now:</Text>
            <Text size="sm" fw={600} data-testid="current-database">
              {view.current.name}
            </Text>
            {view.current.demo && <Badge color="grape">Demo</Badge>}
            <Code style={{ wordBreak: 'break-all' }}>{view.current.path}</Code>
          </Group>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconDatabasePlus size={16} />}
              onClick={() => open.mutate({ action: 'new' })}
            >
              New database…
            </Button>
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={16} />}
              onClick={() => open.mutate({ action: 'open' })}
            >
              Open database…
            </Button>
            {view.current.path !== view.office.path && (
              <Button variant="default" onClick={() => open.mutate({ action: 'openOffice' })}>
                Open the office database
              </Button>
            )}
          </Group>
          {open.isError && (
            <Alert color="red" title="That database was not opened" maw={640}>
              {errorMessage(open.error)}
            </Alert>
          )}
          <RecentTable
            entries={view.recent.filter((entry) => entry.path !== view.current.path)}
            onOpen={(path) => open.mutate({ action: 'openRecent', path })}
          />
        </Stack>
      )}
    </QueryState>
  );
}

function RecentTable({ entries, onOpen }: { entries: DatabaseEntry[]; onOpen: (path: string) => void }) {
  if (entries.length === 0) return null;
  return (
    <Table withTableBorder aria-label="Recent databases">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Recent databases</Table.Th>
          <Table.Th>File</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.path}>
            <Table.Td>
              <Group gap={6}>
                {entry.name}
                {entry.demo && (
                  <Badge size="xs" color="grape">
                    Demo
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Code style={{ wordBreak: 'break-all' }}>{entry.path}</Code>
            </Table.Td>
            <Table.Td ta="right">
              <Button size="xs" variant="subtle" aria-label={`Open ${entry.name}`} onClick={() => onOpen(entry.path)}>
                Open
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
