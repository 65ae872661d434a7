import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ImportCounts, ImportKind } from '@contract/imports';

/**
 * The numbers of an import, labelled in words: "to add" before the import,
 * "added" after. In a roster a row that matches no one is a new person; in a
 * survey it is a respondent nobody could be linked to, worth a look.
 */
export function CountsSummary({ counts, kind, planned }: { counts: ImportCounts; kind: ImportKind; planned: boolean }) {
  const cells: [string, number][] = [
    ['Rows read', counts.rows],
    [planned ? 'To add' : 'Added', counts.inserted],
    [planned ? 'To update' : 'Updated', counts.updated],
    ['Unchanged', counts.unchanged],
    [planned ? 'To skip' : 'Skipped', counts.skipped],
    ['Duplicates', counts.duplicates],
    ['Matched by employee ID', counts.matched.byEmployeeId],
    ['Matched by email', counts.matched.byEmail],
    ['Matched by name', counts.matched.byName],
    ['Ambiguous (several people)', counts.ambiguous],
    [kind === 'roster' ? 'New people (no match)' : 'Unmatched', counts.unmatched],
    ...(counts.resolvedByHand > 0 ? ([['Decided in review', counts.resolvedByHand]] as [string, number][]) : []),
    ['Errors', counts.errorCount],
    ['Warnings', counts.warningCount],
    ...(counts.partial > 0 ? ([['Partial responses', counts.partial]] as [string, number][]) : []),
    ...(counts.deactivated > 0 ? ([['Set inactive', counts.deactivated]] as [string, number][]) : []),
  ];
  return (
    <SimpleGrid cols={{ base: 3, md: 5 }} spacing="xs" aria-label="Import counts" role="list">
      {cells.map(([label, value]) => (
        <Paper key={label} withBorder radius="md" px="sm" py={6} role="listitem" aria-label={`${label}: ${value}`}>
          <Stack gap={0}>
            <Text size="xl" fw={600} c={value > 0 && /Error|Ambiguous|Unmatched/.test(label) ? 'orange.8' : undefined}>
              {value.toLocaleString()}
            </Text>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
