import { Anchor, Badge, Button, EmptyState, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconArmchair2 } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useOperation } from '../api/useOperation';
import { formatDate } from '../faculty/format';
import { PageHeader } from '../shell/PageHeader';
import { QueryState } from '../shell/QueryState';
import { WorkshopTextsDrawer } from './WorkshopTextsDrawer';
import { WorkshopFormDrawer } from './WorkshopFormDrawer';

/** Every speed peer-mentoring workshop, newest first, with how many signed up and came. */
export function WorkshopsPage() {
  const workshops = useOperation('workshops.list', {});
  const programs = useOperation('programs.list', {});
  const [creating, drawer] = useDisclosure(false);
  const [editingTexts, textsDrawer] = useDisclosure(false);
  const noPrograms = programs.data?.length === 0;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Workshops"
        description="Speed peer mentoring: short rounds in which people who don’t know each other well mentor each other."
        actions={
          <>
            <Button variant="default" onClick={textsDrawer.open}>
              Standard texts
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={drawer.open} disabled={noPrograms}>
              New workshop
            </Button>
          </>
        }
      />
      <QueryState
        query={workshops}
        failure="The workshops could not be loaded"
        empty={
          <EmptyState
            py="xl"
            icon={<IconArmchair2 size={28} />}
            withIndicatorBackground
            title="No workshops yet"
            description={
              noPrograms
                ? 'Every workshop belongs to a program. Create a program first (Mentorships → Programs).'
                : 'Plan a workshop: set the day, the place and the rounds, then add who takes part.'
            }
          >
            <EmptyState.Actions>
              {noPrograms ? (
                <Button component={Link} to="/mentorships/programs">
                  Go to programs
                </Button>
              ) : (
                <Button onClick={drawer.open}>New workshop</Button>
              )}
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        {(list) => (
          <Paper withBorder radius="md">
            <Table striped highlightOnHover aria-label="Workshops" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Workshop</Table.Th>
                  <Table.Th>Day</Table.Th>
                  <Table.Th>Place</Table.Th>
                  <Table.Th>Rounds</Table.Th>
                  <Table.Th>Participants</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((w) => (
                  <Table.Tr key={w.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/workshops/${w.id}`}>
                        {w.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {w.program.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {formatDate(w.heldOn, 'short')}
                      {w.startsAt ? ` · ${w.startsAt}` : ''}
                    </Table.Td>
                    <Table.Td>{w.place ?? 'Not set'}</Table.Td>
                    <Table.Td>
                      {w.roundCount} × {w.roundMinutes} min{' '}
                      {w.planned && (
                        <Badge size="xs" variant="light" color="teal">
                          Planned
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {w.participantCount} on the list · {w.presentCount} came
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
      <WorkshopFormDrawer opened={creating} onClose={drawer.close} />
      <WorkshopTextsDrawer opened={editingTexts} onClose={textsDrawer.close} />
    </Stack>
  );
}
