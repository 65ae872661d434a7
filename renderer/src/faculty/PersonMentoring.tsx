import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { changeRequestStatusLabels, raisedByLabels } from '@contract/changeRequests';
import type { PersonMentoringSummary } from '@contract/personMentoring';
import { mentorshipKindLabels, type MentorshipRow } from '@contract/mentorships';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { CreateMentorshipDrawer } from '../mentorships/CreateMentorshipDrawer';
import { useOperation } from '../api/useOperation';
import { QueryState } from '../shell/QueryState';
import { MentorshipStatusBadge, PersonLink, RecordLink } from '../shell/records';
import { formatCount, formatDate } from './format';

/** A person's mentoring on their page: who mentors them, whom they mentor, groups, meetings, requests, and a timeline. */
export function PersonMentoring({ facultyId }: { facultyId: number }) {
  const profile = useOperation('personMentoring.get', { facultyId });
  return (
    <QueryState query={profile} failure="This person’s mentoring could not be loaded" loadingLabel="Loading mentoring">
      {(p) => <Profile p={p} />}
    </QueryState>
  );
}

function Profile({ p }: { p: PersonMentoringSummary }) {
  const [adding, drawer] = useDisclosure(false);
  const activeMentors = p.mentors.filter((m) => m.status === 'active');
  return (
    <Stack gap="md" component="section" aria-label="Mentoring">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Mentoring
        </Title>
        {p.person.active && (
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={drawer.open}>
            Add a mentor for {p.person.name}
          </Button>
        )}
      </Group>
      {activeMentors.length > 0 && !p.hasInsideDepartmentMentor && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="No mentor inside their department">
          None of {p.person.name}’s active mentors is in {p.person.department}. Ideally at least one is.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Pairs title="Mentors" rows={p.mentors} other="mentor" empty="No mentors recorded." />
        <Pairs title="Mentees" rows={p.mentees} other="mentee" empty="Not mentoring anyone." />
        <Pairs
          title="Sponsorships"
          rows={p.sponsorships}
          other={(row) => (row.mentor.id === p.person.id ? 'mentee' : 'mentor')}
          empty="No sponsorships."
        />
        <Pairs
          title="Peer mentoring"
          rows={p.peerMentorships}
          other={(row) => (row.mentor.id === p.person.id ? 'mentee' : 'mentor')}
          empty="No peer mentoring pairs."
        />
        <Card title="Peer groups">
          {p.groups.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not in any peer group.
            </Text>
          ) : (
            p.groups.map((g) => (
              <Group key={g.group.id} gap="xs">
                <RecordLink record={g.group} />
                <Text size="sm" c="dimmed">
                  {g.role === 'facilitator'
                    ? 'Facilitator'
                    : g.leftOn
                      ? `Member until ${formatDate(g.leftOn, 'short')}`
                      : `Member since ${formatDate(g.joinedOn, 'short')}`}
                </Text>
              </Group>
            ))
          )}
        </Card>
        <Card title="Meetings">
          {p.meetings.total === 0 ? (
            <Text size="sm" c="dimmed">
              No meetings logged.
            </Text>
          ) : (
            <>
              <Text size="sm">
                {formatCount(p.meetings.total, 'meeting', 'meetings')}
                {p.meetings.lastHeldOn ? `, the last on ${formatDate(p.meetings.lastHeldOn)}` : ''}
              </Text>
              {p.meetings.recent.slice(0, 5).map((m) => (
                <Text key={m.id} size="sm" c="dimmed">
                  {formatDate(m.heldOn, 'short')} · {m.title} · {m.durationMinutes} min
                </Text>
              ))}
            </>
          )}
        </Card>
        <Card title="Workshops">
          {p.workshops.list.length === 0 ? (
            <Text size="sm" c="dimmed">
              No speed peer-mentoring workshops.
            </Text>
          ) : (
            <>
              <Text size="sm">
                Took part in {formatCount(p.workshops.attended, 'workshop', 'workshops')}
                {p.workshops.facilitated > 0 ? `, facilitated ${p.workshops.facilitated}` : ''}
              </Text>
              {p.workshops.list.map((w) => (
                <Text key={`${w.workshopId}-${w.role}`} size="sm" c="dimmed">
                  <Anchor component={Link} to={`/workshops/${w.workshopId}`} inherit>
                    {w.title}
                  </Anchor>{' '}
                  · {formatDate(w.heldOn, 'short')}
                  {w.role === 'facilitator' ? ' · facilitator' : ''}
                </Text>
              ))}
            </>
          )}
        </Card>
      </SimpleGrid>
      {p.openChangeRequests.length > 0 && (
        <Card title="Open change requests">
          {p.openChangeRequests.map((cr) => (
            <Group key={cr.id} gap="xs">
              <Anchor component={Link} to={`/mentorships/change-requests/${cr.id}`} size="sm">
                {cr.mentor.name} with {cr.mentee.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                asked for by {raisedByLabels[cr.raisedBy]} on {formatDate(cr.raisedOn, 'short')}
              </Text>
              <Badge variant="light" color="orange">
                {changeRequestStatusLabels[cr.status]}
              </Badge>
            </Group>
          ))}
        </Card>
      )}
      <Card title="Timeline">
        {p.timeline.length === 0 ? (
          <Text size="sm" c="dimmed">
            No mentoring history yet.
          </Text>
        ) : (
          <Timeline bulletSize={12} lineWidth={2} mt="xs">
            {p.timeline.slice(0, 30).map((event, index) => (
              <Timeline.Item key={`${event.date}-${index}`} title={<Text size="sm">{event.text}</Text>}>
                <Text size="xs" c="dimmed">
                  {formatDate(event.date)}
                  {event.records
                    .filter((r) => r.type !== 'faculty')
                    .map((r) => (
                      <Text span key={`${r.type}-${r.id}`} size="xs">
                        {' · '}
                        <RecordLink record={r} />
                      </Text>
                    ))}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Card>
      <CreateMentorshipDrawer opened={adding} onClose={drawer.close} mentee={p.person} />
    </Stack>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap={6}>
        <Title order={3} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Pairs({
  title,
  rows,
  other,
  empty,
}: {
  title: string;
  rows: MentorshipRow[];
  other: 'mentor' | 'mentee' | ((row: MentorshipRow) => 'mentor' | 'mentee');
  empty: string;
}) {
  return (
    <Card title={title}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table verticalSpacing={4} withRowBorders={false}>
          <Table.Tbody>
            {rows.map((row) => {
              const side = typeof other === 'function' ? other(row) : other;
              const person = row[side];
              return (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <PersonLink person={person} />
                    <Text size="xs" c="dimmed">
                      {person.department}
                      {row.sameDepartment ? ' (same department)' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/mentorships/${row.id}`} size="sm">
                      {mentorshipKindLabels[row.kind]} since {formatDate(row.startDate, 'short')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ width: 1, whiteSpace: 'nowrap' }}>
                    <MentorshipStatusBadge status={row.status} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
