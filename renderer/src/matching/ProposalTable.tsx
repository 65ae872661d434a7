import { ActionIcon, Badge, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { CohortProposal, ProposedPair } from '@contract/matching';
import { IconBan, IconLock, IconLockOpen } from '@tabler/icons-react';
import { PersonLink } from '../shell/records';
import { samePair, type PairKey } from './cohortInput';
import { ReasonChips } from './ReasonChips';
import { ScoreBar } from './ScoreBar';

interface Props {
  proposal: CohortProposal;
  locks: PairKey[];
  exclusions: PairKey[];
  onToggleLock: (pair: PairKey) => void;
  onToggleExclude: (pair: PairKey) => void;
}

const keyOf = (pair: ProposedPair): PairKey => ({ menteeId: pair.mentee.id, mentorId: pair.mentor.id });

/**
 * The proposed pairs for review: lock the ones to keep, exclude the ones not
 * wanted; a re-run keeps the locks and finds others for the rest.
 */
export function ProposalTable({ proposal, locks, exclusions, onToggleLock, onToggleExclude }: Props) {
  return (
    <Stack gap="md">
      <Paper withBorder radius="md">
        <Table aria-label="Proposed pairs" verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Mentee</Table.Th>
              <Table.Th>Proposed mentor</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>
                <Text span size="sm" fw={700}>
                  Lock or exclude
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposal.pairs.map((pair) => {
              const key = keyOf(pair);
              const locked = locks.some((p) => samePair(p, key));
              const excluded = exclusions.some((p) => samePair(p, key));
              const label = `${pair.mentee.name} with ${pair.mentor.name}`;
              return (
                <Table.Tr key={pair.mentee.id} aria-label={label} opacity={excluded ? 0.5 : 1}>
                  <Table.Td>
                    <PersonLink person={pair.mentee} />
                    <Text size="xs" c="dimmed">
                      {pair.mentee.rank} · {pair.mentee.department}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <PersonLink person={pair.mentor} />
                      {pair.locked && (
                        <Badge size="xs" variant="light" leftSection={<IconLock size={10} />}>
                          locked
                        </Badge>
                      )}
                      {excluded && (
                        <Badge size="xs" variant="light" color="red">
                          excluded
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {pair.mentor.rank} · {pair.mentor.department}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={320}>
                    <ReasonChips reasons={pair.reasons} />
                  </Table.Td>
                  <Table.Td>
                    <ScoreBar score={pair.score} label={`Score for ${label}`} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={locked ? 'Unlock' : 'Keep this pair when re-running'}>
                        <ActionIcon
                          variant={locked ? 'filled' : 'default'}
                          aria-label={`Lock ${label}`}
                          aria-pressed={locked}
                          disabled={excluded}
                          onClick={() => onToggleLock(key)}
                        >
                          {locked ? <IconLock size={16} /> : <IconLockOpen size={16} />}
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={excluded ? 'Allow this pair again' : 'Never propose this pair in this review'}>
                        <ActionIcon
                          variant={excluded ? 'filled' : 'default'}
                          color={excluded ? 'red' : undefined}
                          aria-label={`Exclude ${label}`}
                          aria-pressed={excluded}
                          disabled={locked}
                          onClick={() => onToggleExclude(key)}
                        >
                          <IconBan size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      {proposal.unmatched.length > 0 && (
        <Stack gap={6} component="section" aria-label="Not matched">
          <Title order={3} size="h5">
            Not matched ({proposal.unmatched.length})
          </Title>
          <Text size="sm" c="dimmed">
            Trellis leaves a mentee unmatched rather than propose a pair the rules forbid or one that scores too low.
          </Text>
          {proposal.unmatched.map((u) => (
            <Text key={u.mentee.id} size="sm">
              <PersonLink person={u.mentee} /> — {u.message}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
