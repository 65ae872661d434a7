import { Anchor, Badge, Button, EmptyState, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { groupPhaseLabels } from '@contract/peerGroups';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { formatDate } from '../faculty/format';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { PageHeader } from '../shell/PageHeader';
import { PeerGroupFormDrawer } from './PeerGroupFormDrawer';

/** Every peer mentoring group, with how full it is and when it last met. */
export function PeerGroupsPage() {
  const groups = useOperation('peerGroups.list', {});
  const programs = useOperation('programs.list', {});
  const [creating, drawer] = useDisclosure(false);
  const noPrograms = programs.data?.length === 0;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Peer Groups"
        description="Small groups of faculty around a shared focus, usually with a senior peer facilitator."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={drawer.open} disabled={noPrograms}>
            New group
          </Button>
        }
      />
      <QueryState
        query={groups}
        failure="The peer groups could not be loaded"
        empty={
          <EmptyState
            py="xl"
            icon={<IconUsersGroup size={28} />}
            withIndicatorBackground
            title="No peer groups yet"
            description={
              noPrograms
                ? 'Every group belongs to a program. Create a program first (Mentorships → Programs).'
                : 'Start a group: give it a focus, a facilitator and up to eight members.'
            }
          >
            <EmptyState.Actions>
              {noPrograms ? (
                <Button component={Link} to="/mentorships/programs">
                  Go to programs
                </Button>
              ) : (
                <Button onClick={drawer.open}>New group</Button>
              )}
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        {(list) => (
          <Paper withBorder radius="md">
            <Table striped highlightOnHover aria-label="Peer groups" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Group</Table.Th>
                  <Table.Th>Focus</Table.Th>
                  <Table.Th>Facilitator</Table.Th>
                  <Table.Th>Phase</Table.Th>
                  <Table.Th>Members</Table.Th>
                  <Table.Th>Last meeting</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/peer-groups/${g.id}`}>
                        {g.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {g.program.name}
                        {g.status === 'closed' ? ' · closed' : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{g.focus}</Table.Td>
                    <Table.Td>
                      {g.facilitator?.name ?? (
                        <Text span c="orange" inherit>
                          None
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{groupPhaseLabels[g.phase]}</Table.Td>
                    <Table.Td>
                      {g.memberCount} of {g.maxMembers}{' '}
                      {g.memberCount >= g.maxMembers && (
                        <Badge size="xs" variant="light" color="orange">
                          Full
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{g.lastMeetingOn ? formatDate(g.lastMeetingOn, 'short') : 'None yet'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
      <PeerGroupFormDrawer opened={creating} onClose={drawer.close} />
    </Stack>
  );
}
