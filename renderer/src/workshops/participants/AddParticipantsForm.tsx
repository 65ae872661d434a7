import { ActionIcon, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PersonRef } from '@common/records';
import type { ParticipantSource, ParticipantsAdded, Workshop } from '@contract/workshops';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useOperation, useOperationMutation } from '../../api/useOperation';
import { PersonSelect } from '../../faculty/PersonSelect';
import { formatCount } from '../../faculty/format';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';

type Kind = ParticipantSource['kind'];
const kinds: { value: Kind; label: string }[] = [
  { value: 'people', label: 'People' },
  { value: 'peerGroup', label: 'A peer group' },
  { value: 'programAudience', label: 'A program’s audience' },
  { value: 'department', label: 'A department' },
];

/** "Added 6. 1 was already on the list. 1 inactive person left out." */
export function addedWords(result: ParticipantsAdded): string {
  return [
    `Added ${result.added}.`,
    result.alreadyIn > 0 && `${formatCount(result.alreadyIn, 'was', 'were')} already on the list.`,
    result.inactive > 0 && `${formatCount(result.inactive, 'inactive person', 'inactive people')} left out.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Adds people from the directory: chosen one by one, or everyone in a peer group, a program's audience or a department. */
export function AddParticipantsForm({ w, onDone }: { w: Workshop; onDone: () => void }) {
  const add = useOperationMutation('workshops.addParticipants');
  const { form, errors, formError, submitWith } = useOperationForm('workshops.addParticipants', {
    defaultValues: { workshopId: w.id, source: { kind: 'people', facultyIds: [] } },
    fields: ['source'],
  });
  const submit = submitWith(async (values) => {
    const result = await add.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Participants added', message: addedWords(result) });
    onDone();
  });
  // A discriminated union's errors are keyed by whichever member's field failed.
  const sourceErrors = (errors.source ?? {}) as Record<string, { message?: string } | undefined>;
  const sourceError = ['facultyIds', 'groupId', 'programId', 'department']
    .map((k) => sourceErrors[k]?.message)
    .find(Boolean);

  return (
    <FormFrame
      label="Add participants"
      onSubmit={submit}
      error={formError}
      submitLabel="Add to the list"
      saving={add.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="source"
        render={({ field }) => (
          <SourcePicker w={w} value={field.value as ParticipantSource} onChange={field.onChange} error={sourceError} />
        )}
      />
    </FormFrame>
  );
}

function SourcePicker({
  w,
  value,
  onChange,
  error,
}: {
  w: Workshop;
  value: ParticipantSource;
  onChange: (next: ParticipantSource) => void;
  error: string | undefined;
}) {
  const [chosen, setChosen] = useState<PersonRef[]>([]);
  const groups = useOperation('peerGroups.list', {}, { enabled: value.kind === 'peerGroup' });
  const programs = useOperation('programs.list', {}, { enabled: value.kind === 'programAudience' });
  const facets = useOperation('faculty.facets', {}, { enabled: value.kind === 'department' });
  const switchTo = (kind: Kind) => {
    setChosen([]);
    if (kind === 'people') onChange({ kind, facultyIds: [] });
    else if (kind === 'programAudience') onChange({ kind, programId: w.program.id });
    else if (kind === 'peerGroup') onChange({ kind, groupId: 0 });
    else onChange({ kind, department: '' });
  };
  const setPeople = (people: PersonRef[]) => {
    setChosen(people);
    onChange({ kind: 'people', facultyIds: people.map((p) => p.id) });
  };

  return (
    <Stack gap="sm">
      <SegmentedControl aria-label="Add from" data={kinds} value={value.kind} onChange={(k) => switchTo(k as Kind)} />
      {value.kind === 'people' && (
        <>
          <PersonSelect
            key={chosen.length}
            label="Person"
            description="Type part of a name; each person you pick joins the list below."
            value={null}
            error={error}
            onChange={(id, person) => {
              if (id && person && !chosen.some((p) => p.id === id)) setPeople([...chosen, person]);
            }}
          />
          {chosen.length > 0 && (
            <Stack gap={4} role="list" aria-label="Chosen people">
              {chosen.map((p) => (
                <Group key={p.id} gap="xs" role="listitem">
                  <Text size="sm">
                    {p.name}{' '}
                    <Text span size="xs" c="dimmed">
                      {p.department}
                    </Text>
                  </Text>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={`Leave out ${p.name}`}
                    onClick={() => setPeople(chosen.filter((c) => c.id !== p.id))}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          )}
        </>
      )}
      {value.kind === 'peerGroup' && (
        <Select
          label="Peer group"
          description="Its current members are added."
          searchable
          placeholder="Choose a group"
          data={(groups.data ?? []).map((g) => ({ value: String(g.id), label: `${g.name} (${g.memberCount})` }))}
          value={value.groupId ? String(value.groupId) : null}
          onChange={(v) => onChange({ kind: 'peerGroup', groupId: v ? Number(v) : 0 })}
          error={error}
        />
      )}
      {value.kind === 'programAudience' && (
        <Select
          label="Program"
          description="Everyone active in the ranks the program is for."
          allowDeselect={false}
          data={(programs.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          value={String(value.programId)}
          onChange={(v) => v && onChange({ kind: 'programAudience', programId: Number(v) })}
          error={error}
        />
      )}
      {value.kind === 'department' && (
        <Select
          label="Department"
          description="Everyone active in it."
          searchable
          placeholder="Choose a department"
          data={facets.data?.departments ?? []}
          value={value.department || null}
          onChange={(v) => onChange({ kind: 'department', department: v ?? '' })}
          error={error}
        />
      )}
    </Stack>
  );
}
