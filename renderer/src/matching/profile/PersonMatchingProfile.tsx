import { Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Faculty } from '@contract/faculty';
import type { MatchingProfile } from '@contract/matching';
import { useState } from 'react';
import { useOperation } from '../../api/useOperation';
import { FormDrawer } from '../../forms/FormDrawer';
import { QueryState } from '../../shell/QueryState';
import { PersonLink } from '../../shell/records';
import { Field } from '../../shell/RecordParts';
import { AvailabilityForm } from './AvailabilityForm';
import { NeverPairForm } from './NeverPairForm';
import { NeverPairList } from './NeverPairList';
import { ReportsToForm } from './ReportsToForm';
import { RequestForm } from './RequestForm';

type Editor = 'availability' | 'reportsTo' | 'request' | 'neverPair';
const titles: Record<Editor, string> = {
  availability: 'Availability to mentor',
  reportsTo: 'Reports to',
  request: 'What they asked for',
  neverPair: 'Never pair',
};

/** What matching knows of a person: availability, reporting lines, their request, and who they are never paired with. */
export function PersonMatchingProfile({ person }: { person: Faculty }) {
  const profile = useOperation('matching.profile.get', { facultyId: person.id });
  const [editing, setEditing] = useState<Editor | null>(null);
  const close = () => setEditing(null);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Matching profile">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Matching profile
        </Title>
        <QueryState query={profile} failure="The matching profile could not be loaded">
          {(p) => (
            <>
              <Facts p={p} onEdit={setEditing} />
              <FormDrawer opened={editing !== null} onClose={close} title={editing ? titles[editing] : ''}>
                {editing === 'availability' && <AvailabilityForm profile={p} onDone={close} />}
                {editing === 'reportsTo' && <ReportsToForm profile={p} onDone={close} />}
                {editing === 'request' && <RequestForm profile={p} onDone={close} />}
                {editing === 'neverPair' && <NeverPairForm person={person} onDone={close} />}
              </FormDrawer>
            </>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function Facts({ p, onEdit }: { p: MatchingProfile; onEdit: (editor: Editor) => void }) {
  const edit = (editor: Editor, label: string) => (
    <Button size="compact-xs" variant="subtle" onClick={() => onEdit(editor)} aria-label={label}>
      Change
    </Button>
  );
  const none = (
    <Text span c="dimmed" inherit>
      Not recorded
    </Text>
  );
  return (
    <DataList labelWidth={180} withDivider aria-label="Matching profile details">
      <Field label="Mentoring">
        <Group gap="xs" justify="space-between">
          <Text inherit>
            {p.availableToMentor ? 'Available' : 'Not available'} ·{' '}
            {p.capacity === null ? 'up to each program’s limit' : `up to ${p.capacity}`} · mentoring {p.menteesNow} now
          </Text>
          {edit('availability', 'Change availability')}
        </Group>
      </Field>
      <Field label="Reports to">
        <Group gap="xs" justify="space-between">
          <Text inherit component="div">
            {p.supervisor || p.chair ? (
              <>
                {p.supervisor && (
                  <>
                    <PersonLink person={p.supervisor} /> (supervisor){p.chair ? ' · ' : ''}
                  </>
                )}
                {p.chair && (
                  <>
                    <PersonLink person={p.chair} /> (chair)
                  </>
                )}
              </>
            ) : (
              none
            )}
          </Text>
          {edit('reportsTo', 'Change reporting lines')}
        </Group>
      </Field>
      <Field label="Asked for">
        <Group gap="xs" justify="space-between" align="flex-start">
          <Text inherit component="div">
            {p.request ? <RequestText request={p.request} /> : none}
          </Text>
          {edit('request', 'Change what they asked for')}
        </Group>
      </Field>
      <Field label="Never paired with">
        <Group gap="xs" justify="space-between" align="flex-start">
          <NeverPairList facultyId={p.facultyId} />
          <Button size="compact-xs" variant="subtle" onClick={() => onEdit('neverPair')}>
            Add
          </Button>
        </Group>
      </Field>
    </DataList>
  );
}

function RequestText({ request }: { request: NonNullable<MatchingProfile['request']> }) {
  const parts = [
    request.mentors.length > 0 ? request.mentors.map((m) => m.name).join(', ') : null,
    request.department ? `in ${request.department}` : null,
    request.topics.length > 0 ? `topics: ${request.topics.join(', ')}` : null,
  ].filter(Boolean);
  return (
    <Stack gap={2}>
      <Text inherit>{parts.length > 0 ? parts.join(' · ') : 'A note only'}</Text>
      {request.note && (
        <Text size="xs" c="dimmed">
          Note (confidential): {request.note}
        </Text>
      )}
    </Stack>
  );
}
