import { ScrollArea, Table, Text } from '@mantine/core';
import type { Workshop } from '@contract/workshops';

/** The plan as the facilitator reads it: a row per table, a column per round, who sits there. */
export function PlanTable({ w }: { w: Workshop }) {
  const tables = [...new Set(w.rounds.flatMap((r) => r.groups.map((g) => g.table)))].sort((a, b) => a - b);
  return (
    <ScrollArea>
      <Table aria-label="Plan" withColumnBorders verticalSpacing={4} miw={200 + 220 * w.rounds.length}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Table</Table.Th>
            {w.rounds.map((r) => (
              <Table.Th key={r.number}>Round {r.number}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tables.map((table) => (
            <Table.Tr key={table}>
              <Table.Th scope="row">{table}</Table.Th>
              {w.rounds.map((r) => {
                const groups = r.groups.filter((g) => g.table === table);
                return (
                  <Table.Td key={r.number}>
                    {groups.map((g, i) => (
                      <Text key={i} size="sm">
                        {g.people.map((p) => p.name).join(' · ')}
                      </Text>
                    ))}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
