import { Badge, Button, Code, DataList, Group, Stack, Table, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { DatabaseDetails as DatabaseDetailsAnswer } from '@contract/vault';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';

/** Friendly names for the tables staff will recognise; others are shown as they are. */
const tableLabels: Record<string, string> = {
  faculty: 'People in the faculty directory',
  audit_log: 'Audit log entries (who changed what, and when)',
  settings: 'Settings',
};

/** Where the records are, how they are protected, and whether the file is healthy. */
export function DatabaseDetails() {
  // Checked again each time Settings opens: the integrity check is the point of this section.
  const details = useOperation('vault.details', {}, { staleTime: 0 });

  return (
    <QueryState query={details} failure="The database details could not be read" loadingLabel="Checking the database">
      {(found) => <Details details={found} checking={details.isFetching} onCheckAgain={() => void details.refetch()} />}
    </QueryState>
  );
}

function Details({
  details,
  checking,
  onCheckAgain,
}: {
  details: DatabaseDetailsAnswer;
  checking: boolean;
  onCheckAgain: () => void;
}) {
  const { databasePath, schemaVersion, cipher, integrity, counts } = details;
  const healthy = integrity === 'ok';
  return (
    <Stack gap="md">
      <DataList labelWidth={180} withDivider aria-label="Database details">
        <DataList.Item>
          <DataList.ItemLabel>File</DataList.ItemLabel>
          <DataList.ItemValue>
            <Code style={{ wordBreak: 'break-all' }}>{databasePath}</Code>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Encryption</DataList.ItemLabel>
          <DataList.ItemValue>
            Encrypted at rest ({cipher}). The key is protected by your passphrase and the recovery key.
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Integrity check</DataList.ItemLabel>
          <DataList.ItemValue>
            {healthy ? (
              <Badge color="teal" variant="light">
                Passed
              </Badge>
            ) : (
              <Stack gap={4}>
                <Badge color="red" variant="light">
                  Problems found
                </Badge>
                <Text size="sm">{integrity}</Text>
              </Stack>
            )}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Schema version</DataList.ItemLabel>
          <DataList.ItemValue>{schemaVersion ?? 'None'}</DataList.ItemValue>
        </DataList.Item>
      </DataList>

      <Table withTableBorder maw={560} aria-label="Records stored">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Records</Table.Th>
            <Table.Th ta="right">Count</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Object.entries(counts).map(([table, count]) => (
            <Table.Tr key={table}>
              <Table.Td>{tableLabels[table] ?? table}</Table.Td>
              <Table.Td ta="right">{count.toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Group>
        <Button variant="default" leftSection={<IconRefresh size={16} />} loading={checking} onClick={onCheckAgain}>
          Check again
        </Button>
      </Group>
    </Stack>
  );
}
