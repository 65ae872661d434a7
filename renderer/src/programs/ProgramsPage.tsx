import { Anchor, Badge, Button, EmptyState, Paper, Stack, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { programStatusLabels } from '@contract/programs';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { AreaTabs } from '../mentorships/AreaTabs';
import { useOperation } from '../api/useOperation';
import { PageHeader } from '../shell/PageHeader';
import { QueryState } from '../shell/QueryState';
import { ProgramFormDrawer } from './ProgramFormDrawer';

/** The office's mentoring programs, each with its pairs and groups counted. */
export function ProgramsPage() {
  const programs = useOperation('programs.list', {});
  const [creating, drawer] = useDisclosure(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Mentorships"
        description="Programs: who they are for, how they run, and the limits they set."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={drawer.open}>
            New program
          </Button>
        }
      />
      <AreaTabs current="programs" />
      <QueryState
        query={programs}
        failure="The programs could not be loaded"
        empty={
          <EmptyState
            py="xl"
            icon={<IconSchool size={28} />}
            withIndicatorBackground
            title="No programs yet"
            description="Create the office’s first mentoring program. Mentorships and peer groups belong to a program."
          >
            <EmptyState.Actions>
              <Button onClick={drawer.open}>New program</Button>
            </EmptyState.Actions>
          </EmptyState>
        }
      >
        {(list) => (
          <Paper withBorder radius="md">
            <Table striped highlightOnHover aria-label="Programs" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Program</Table.Th>
                  <Table.Th>Run by</Table.Th>
                  <Table.Th>For</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Active pairs</Table.Th>
                  <Table.Th ta="right">Groups</Table.Th>
                  <Table.Th ta="right">Audience without a mentor</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/mentorships/programs/${p.id}`}>
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.sponsor}</Table.Td>
                    <Table.Td>{p.targetRanks.length > 0 ? p.targetRanks.join(', ') : 'Anyone'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={p.status === 'active' ? 'teal' : 'gray'}>
                        {programStatusLabels[p.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{p.counts.activeMentorships}</Table.Td>
                    <Table.Td ta="right">{p.counts.activeGroups}</Table.Td>
                    <Table.Td ta="right">
                      {p.targetRanks.length > 0 ? `${p.counts.audienceWithoutMentor} of ${p.counts.audience}` : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
      <ProgramFormDrawer opened={creating} onClose={drawer.close} />
    </Stack>
  );
}
