import { Anchor, Badge, Button, EmptyState, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { awardLevelLabels, type AwardType } from '@contract/awards';
import { IconAward, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../faculty/format';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { PageHeader } from '../shell/PageHeader';
import { AwardTypeDrawer } from './AwardTypeDrawer';
import { CycleFormDrawer } from './CycleFormDrawer';
import { CycleStateBadge } from './labels';

/** Awards and their yearly cycles, newest first, with whether each is open for nominations. */
export function AwardsPage() {
  const types = useOperation('awards.types.list', {});
  const cycles = useOperation('awards.cycles.list', {});
  const [addingType, typeDrawer] = useDisclosure(false);
  const [editing, setEditing] = useState<AwardType | null>(null);
  const [addingCycle, cycleDrawer] = useDisclosure(false);
  const noTypes = types.data?.length === 0;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Awards"
        description="Mentoring awards, their yearly cycles and the nominations for the committee."
        actions={
          <>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={typeDrawer.open}>
              New award
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={cycleDrawer.open} disabled={noTypes}>
              New cycle
            </Button>
          </>
        }
      />
      <QueryState
        query={types}
        failure="The awards could not be loaded"
        empty={
          <EmptyState
            py="xl"
            icon={<IconAward size={28} />}
            withIndicatorBackground
            title="No awards yet"
            description="Add an award, such as the department mentoring award, then open a cycle for this year's nominations."
          >
            <EmptyState.Actions>
              <Button onClick={typeDrawer.open}>New award</Button>
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        {(awardTypes) => (
          <>
            <Paper withBorder radius="md" p="lg" component="section" aria-label="Cycles">
              <Stack gap="sm">
                <Title order={2} size="h4">
                  Cycles
                </Title>
                <QueryState
                  query={cycles}
                  failure="The cycles could not be loaded"
                  empty={<Text c="dimmed">No cycles yet. Choose “New cycle” to open one for nominations.</Text>}
                >
                  {(list) => (
                    <Table striped highlightOnHover aria-label="Award cycles" verticalSpacing="xs">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Cycle</Table.Th>
                          <Table.Th>Nominations open</Table.Th>
                          <Table.Th>State</Table.Th>
                          <Table.Th>Nominations</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {list.map((c) => (
                          <Table.Tr key={c.id}>
                            <Table.Td>
                              <Anchor component={Link} to={`/awards/cycles/${c.id}`}>
                                {c.awardType.name} {c.year}
                              </Anchor>
                            </Table.Td>
                            <Table.Td>
                              {formatDate(c.opensOn, 'short')} to {formatDate(c.closesOn, 'short')}
                            </Table.Td>
                            <Table.Td>
                              <CycleStateBadge state={c.state} />
                            </Table.Td>
                            <Table.Td>{c.nominationCount}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </QueryState>
              </Stack>
            </Paper>
            <Paper withBorder radius="md" p="lg" component="section" aria-label="Awards">
              <Stack gap="sm">
                <Title order={2} size="h4">
                  Awards
                </Title>
                <Table aria-label="Award types" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Award</Table.Th>
                      <Table.Th>Level</Table.Th>
                      <Table.Th>Cycles</Table.Th>
                      <Table.Th aria-label="Actions" />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {awardTypes.map((t) => (
                      <Table.Tr key={t.id}>
                        <Table.Td>
                          <Group gap="xs">
                            <Text size="sm" fw={500}>
                              {t.name}
                            </Text>
                            {!t.active && (
                              <Badge size="xs" color="gray" variant="light">
                                Not awarded any more
                              </Badge>
                            )}
                          </Group>
                          {t.description && (
                            <Text size="xs" c="dimmed">
                              {t.description}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{awardLevelLabels[t.level]}</Table.Td>
                        <Table.Td>{t.cycleCount}</Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="subtle"
                            leftSection={<IconPencil size={14} />}
                            onClick={() => setEditing(t)}
                            aria-label={`Edit ${t.name}`}
                          >
                            Edit
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            </Paper>
          </>
        )}
      </QueryState>
      <AwardTypeDrawer
        opened={addingType || editing !== null}
        type={editing ?? undefined}
        onClose={() => (setEditing(null), typeDrawer.close())}
      />
      <CycleFormDrawer opened={addingCycle} onClose={cycleDrawer.close} />
    </Stack>
  );
}
