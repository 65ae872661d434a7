import { Badge, Button, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { MatchSuggestions } from '@contract/matching';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { PersonLink } from '../shell/records';
import { scorePercent } from './ScoreBar';

/**
 * The people the rules left out and why, folded away by default: staff open
 * it when the person they expected is not among the suggestions. A
 * never-pair's confidential reason is never part of it.
 */
export function LeftOutList({ result }: { result: MatchSuggestions }) {
  const [opened, { toggle }] = useDisclosure(false);
  if (result.leftOutCount === 0) return null;
  const shown = result.leftOut.length;
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        leftSection={opened ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
        onClick={toggle}
        aria-expanded={opened}
      >
        {result.leftOutCount === 1 ? '1 person left out' : `${result.leftOutCount} people left out`}, and why
      </Button>
      <Collapse expanded={opened}>
        <Table aria-label="People left out" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Why not</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                Would score
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.leftOut.map((row) => (
              <Table.Tr key={row.person.id}>
                <Table.Td>
                  <Group gap={6}>
                    <PersonLink person={row.person} />
                    {row.named && (
                      <Badge size="xs" variant="light" color="violet">
                        asked for
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {row.person.rank} · {row.person.department}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {row.reasons.map((reason) => (
                    <Text key={reason.code} size="sm">
                      {reason.message}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td ta="right">{scorePercent(row.score)}%</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {shown < result.leftOutCount && (
          <Text size="xs" c="dimmed">
            Showing the {shown} closest of {result.leftOutCount}.
          </Text>
        )}
      </Collapse>
    </Stack>
  );
}
