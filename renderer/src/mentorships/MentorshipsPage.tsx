import { Badge, Button, EmptyState, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import {
  mentorshipKindLabels,
  mentorshipKinds,
  mentorshipStatuses,
  type MentorshipKind,
  type MentorshipStatus,
} from '@contract/mentorships';
import { IconHeartHandshake, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatCount, formatDate } from '../faculty/format';
import { PageHeader } from '../shell/PageHeader';
import { QueryState } from '../shell/QueryState';
import { AreaTabs } from './AreaTabs';
import { CreateMentorshipDrawer } from './CreateMentorshipDrawer';
import { useOperation } from '../api/useOperation';
import { MentorshipStatusBadge, mentorshipStatusLabels, PersonLink, todayIso } from '../shell/records';

const noWrap = { whiteSpace: 'nowrap' } as const;

/** Every pair, filtered by program, status, kind and a name. */
export function MentorshipsPage() {
  const [programId, setProgramId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>('active');
  const [kind, setKind] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [creating, createDrawer] = useDisclosure(false);
  const programs = useOperation('programs.list', {});
  const list = useOperation(
    'mentorships.list',
    {
      programId: programId ? Number(programId) : undefined,
      status: (status ?? undefined) as MentorshipStatus | undefined,
      kind: (kind ?? undefined) as MentorshipKind | undefined,
      search: debounced || undefined,
      limit: 500,
    },
    { keepPrevious: true },
  );
  const today = todayIso();
  const filtered = Boolean(programId || status || kind || debounced);
  const noPrograms = programs.data?.length === 0;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Mentorships"
        description="Mentors, sponsors and peer mentors, with their meetings and annual reviews."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={createDrawer.open} disabled={noPrograms}>
            New mentorship
          </Button>
        }
      />
      <AreaTabs current="mentorships" />
      <Group gap="sm" align="flex-end">
        <TextInput
          type="search"
          aria-label="Search"
          label="Person"
          placeholder="Mentor or mentee name"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={240}
        />
        <Select
          label="Program"
          placeholder="All programs"
          clearable
          data={(programs.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          value={programId}
          onChange={setProgramId}
          w={220}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={mentorshipStatuses.map((s) => ({ value: s, label: mentorshipStatusLabels[s] }))}
          value={status}
          onChange={setStatus}
          w={160}
        />
        <Select
          label="Kind"
          placeholder="Any kind"
          clearable
          data={mentorshipKinds.map((k) => ({ value: k, label: mentorshipKindLabels[k] }))}
          value={kind}
          onChange={setKind}
          w={160}
        />
      </Group>
      <QueryState
        query={list}
        failure="The mentorships could not be loaded"
        empty={
          noPrograms ? (
            <EmptyState
              py="xl"
              icon={<IconHeartHandshake size={28} />}
              withIndicatorBackground
              title="No programs yet"
              description="Every mentorship belongs to a program. Create the first program, then add pairs to it."
            >
              <EmptyState.Actions>
                <Button component={Link} to="/mentorships/programs">
                  Go to programs
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <EmptyState
              py="xl"
              icon={<IconHeartHandshake size={28} />}
              withIndicatorBackground
              title={filtered ? 'No mentorships match' : 'No mentorships yet'}
              description={
                filtered
                  ? 'Try another name, or clear the filters.'
                  : 'Add the first pair: choose a mentor and a mentee.'
              }
            >
              <EmptyState.Actions>
                {filtered ? (
                  <Button
                    variant="default"
                    onClick={() => {
                      setProgramId(null);
                      setStatus(null);
                      setKind(null);
                      setSearch('');
                    }}
                  >
                    Clear filters
                  </Button>
                ) : (
                  <Button onClick={createDrawer.open}>New mentorship</Button>
                )}
              </EmptyState.Actions>
            </EmptyState>
          )
        }
      >
        {(found) => (
          <Paper withBorder radius="md">
            <Text size="sm" c="dimmed" p="sm" data-testid="mentorships-summary">
              {formatCount(found.total, 'mentorship', 'mentorships')}
            </Text>
            <Table striped highlightOnHover aria-label="Mentorships" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Mentee</Table.Th>
                  <Table.Th>Mentor</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Program</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Last meeting</Table.Th>
                  <Table.Th>Next review</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {found.rows.map((row) => (
                  <Table.Tr key={row.id} data-mentorship-id={row.id}>
                    <Table.Td>
                      <PersonLink person={row.mentee} />
                      <Text size="xs" c="dimmed">
                        {row.mentee.department}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <PersonLink person={row.mentor} />
                      <Group gap={4}>
                        <Text size="xs" c="dimmed">
                          {row.mentor.department}
                        </Text>
                        {row.sameDepartment && (
                          <Badge size="xs" variant="light" color="teal" tt="none">
                            Same department
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{mentorshipKindLabels[row.kind]}</Table.Td>
                    <Table.Td>{row.program.name}</Table.Td>
                    <Table.Td style={noWrap}>
                      <MentorshipStatusBadge status={row.status} />
                    </Table.Td>
                    <Table.Td style={noWrap}>
                      {row.lastMeetingOn ? formatDate(row.lastMeetingOn, 'short') : 'None yet'}
                    </Table.Td>
                    <Table.Td style={noWrap}>
                      {row.nextReviewOn ? (
                        <Text span inherit c={row.nextReviewOn < today ? 'red' : undefined}>
                          {formatDate(row.nextReviewOn, 'short')}
                        </Text>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        component={Link}
                        to={`/mentorships/${row.id}`}
                        size="xs"
                        variant="light"
                        aria-label={`Open ${row.mentor.name} with ${row.mentee.name}`}
                      >
                        Open
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
      <CreateMentorshipDrawer opened={creating} onClose={createDrawer.close} />
    </Stack>
  );
}
