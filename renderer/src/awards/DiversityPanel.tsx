import { Box, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { diversityDimensionLabels, type DiversityBreakdown } from '@contract/awards';
import { Section } from '../shell/RecordParts';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';

/**
 * The nominee pool by department, rank and career stage (seed 001: the Dean's
 * office reviews nominations for diversity). Groups under five, and any
 * group that would give one away, show "Fewer than 5" or why they are hidden,
 * never a number.
 */
export function DiversityPanel({ cycleId }: { cycleId: number }) {
  const review = useOperation('awards.diversity', { cycleId });
  return (
    <Section title="Diversity review of the nominee pool">
      <QueryState query={review} failure="The diversity review could not be loaded">
        {(found) => (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              Every nominee in this cycle, whatever the status, as the directory lists them today. Groups of fewer than{' '}
              {found.minimumGroupSize} are not shown, so no one can be picked out.
              {found.total !== null && ` ${found.total} nominees in all.`}
            </Text>
            {found.note && <Text size="sm">{found.note}</Text>}
            {found.breakdowns.length > 0 && (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                {found.breakdowns.map((b) => (
                  <Breakdown key={b.dimension} breakdown={b} minimum={found.minimumGroupSize} />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}

function Breakdown({ breakdown, minimum }: { breakdown: DiversityBreakdown; minimum: number }) {
  const label = diversityDimensionLabels[breakdown.dimension];
  const largest = Math.max(1, ...breakdown.groups.map((g) => g.count ?? 0));
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        By {label.toLowerCase()}
      </Title>
      <Table aria-label={`Nominees by ${label.toLowerCase()}`} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label}</Table.Th>
            <Table.Th>Nominees</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {breakdown.groups.map((g) => (
            <Table.Tr key={g.label}>
              <Table.Td>{g.label}</Table.Td>
              <Table.Td>
                {g.count !== null ? (
                  <Group gap={8} wrap="nowrap">
                    {/* The bar repeats the number for a quick look; the number is what screen readers hear. */}
                    <Box
                      aria-hidden
                      h={10}
                      w={`${Math.round((60 * g.count) / largest)}%`}
                      bg="blue.5"
                      style={{ borderRadius: 3, minWidth: 4 }}
                    />
                    <Text size="sm">{g.count}</Text>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed" fs="italic" title={g.note ?? undefined}>
                    {g.reason === 'complement' ? 'Hidden' : `Fewer than ${minimum}`}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {breakdown.groups.some((g) => g.reason === 'complement') && (
        <Text size="xs" c="dimmed">
          “Hidden”: shown as a number, this group would let a group of fewer than {minimum} be worked out from the
          total.
        </Text>
      )}
    </Stack>
  );
}
