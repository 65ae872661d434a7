import { Table } from '@mantine/core';
import type { MeetingRow } from '@contract/meetings';
import { formatDate } from '../faculty/format';

/** A pair's or a group's meetings, newest first; notes stay on the meeting, only their presence shows. */
export function MeetingTable({ rows, showNotes = false }: { rows: MeetingRow[]; showNotes?: boolean }) {
  return (
    <Table aria-label="Meetings" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th>Length</Table.Th>
          <Table.Th>Topics</Table.Th>
          {showNotes && <Table.Th>Notes</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>{formatDate(row.heldOn)}</Table.Td>
            <Table.Td>{row.durationMinutes} min</Table.Td>
            <Table.Td>{row.topics.join(', ') || '—'}</Table.Td>
            {showNotes && <Table.Td>{row.hasNotes ? 'Yes (confidential)' : '—'}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
