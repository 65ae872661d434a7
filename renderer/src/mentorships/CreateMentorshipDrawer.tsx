import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { defaultCadenceDays, mentorshipKindLabels, mentorshipKinds } from '@contract/mentorships';
import type { PersonRef } from '@common/records';
import type { ScoredMentor } from '@contract/matching';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useOperationForm } from '../forms/useOperationForm';
import { FormDrawer } from '../forms/FormDrawer';
import { FormFrame } from '../forms/FormParts';
import { MentorshipDetailFields } from './MentorshipDetailFields';
import { PersonSelect } from '../faculty/PersonSelect';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { todayIso } from '../shell/records';
import { DrawerSuggestions } from '../matching/DrawerSuggestions';

const formFields = [
  'mentorId',
  'menteeId',
  'kind',
  'programId',
  'startDate',
  'plannedEnd',
  'cadenceDays',
  'notes',
] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Start with this person as the mentee (from their page). */
  mentee?: PersonRef;
  programId?: number;
}

export function CreateMentorshipDrawer({ opened, onClose, mentee, programId }: Props) {
  return (
    <FormDrawer opened={opened} onClose={onClose} title="New mentorship">
      <MentorshipForm onDone={onClose} mentee={mentee} programId={programId} />
    </FormDrawer>
  );
}

function MentorshipForm({ onDone, mentee, programId }: { onDone: () => void; mentee?: PersonRef; programId?: number }) {
  const programs = useOperation('programs.list', {});
  const create = useOperationMutation('mentorships.create');
  const navigate = useNavigate();
  const { form, formError, submitWith } = useOperationForm('mentorships.create', {
    defaultValues: {
      kind: 'mentor',
      menteeId: mentee?.id,
      programId,
      startDate: todayIso(),
      plannedEnd: '',
      cadenceDays: defaultCadenceDays,
      notes: '',
      status: 'active',
    },
    fields: formFields,
  });
  const { control, formState } = form;
  // A proposed mentor's name is shown in the mentor field: the select starts again with them.
  const [suggested, setSuggested] = useState<PersonRef | null>(null);
  const [menteeId, programIdValue, kind] = form.watch(['menteeId', 'programId', 'kind']);
  const errors = formState.errors;
  const openPrograms = (programs.data ?? []).filter((p) => p.status !== 'closed');

  const submit = submitWith(async (fields) => {
    const saved = await create.mutateAsync(fields);
    notifications.show({
      color: saved.warnings.length > 0 ? 'yellow' : 'teal',
      title: 'Mentorship added',
      message:
        saved.warnings.length > 0
          ? `${saved.mentor.name} with ${saved.mentee.name}. Please read the note on its page.`
          : `${saved.mentor.name} with ${saved.mentee.name}`,
    });
    onDone();
    void navigate(`/mentorships/${saved.id}`);
  });

  /** Choosing a suggestion saves the form as a proposed pair with that mentor. */
  const propose = (s: ScoredMentor) => {
    setSuggested(s.mentor);
    form.setValue('mentorId', s.mentor.id);
    form.setValue('status', 'proposed');
    submit();
  };

  return (
    <FormFrame
      label="Mentorship details"
      onSubmit={submit}
      error={formError}
      submitLabel="Add mentorship"
      saving={create.isPending}
      onCancel={onDone}
    >
      <MentorshipDetailFields
        form={form}
        programOptions={openPrograms.map((p) => ({ value: String(p.id), label: p.name }))}
        programDescription=" "
        before={
          <>
            <Controller
              control={control}
              name="mentorId"
              render={({ field }) => (
                <PersonSelect
                  key={suggested?.id ?? 'typed'}
                  initial={suggested}
                  label="Mentor"
                  required
                  autoFocus
                  value={field.value}
                  onChange={(id) => field.onChange(id ?? undefined)}
                  error={errors.mentorId?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="menteeId"
              render={({ field }) => (
                <PersonSelect
                  label="Mentee"
                  required
                  initial={mentee}
                  value={field.value}
                  onChange={(id) => field.onChange(id ?? undefined)}
                  error={errors.menteeId?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="kind"
              render={({ field }) => (
                <Select
                  label="Kind"
                  required
                  allowDeselect={false}
                  description="A mentor talks with you; a sponsor talks about you."
                  data={mentorshipKinds.map((k) => ({ value: k, label: mentorshipKindLabels[k] }))}
                  value={field.value ?? 'mentor'}
                  onChange={(v) => field.onChange(v)}
                  error={errors.kind?.message}
                />
              )}
            />
          </>
        }
        after={
          <Controller
            control={control}
            name="status"
            render={({ field }) => (
              <Select
                label="Status"
                description="Proposed pairs have not agreed yet."
                allowDeselect={false}
                data={[
                  { value: 'active', label: 'Active' },
                  { value: 'proposed', label: 'Proposed' },
                ]}
                value={field.value ?? 'active'}
                onChange={(v) => field.onChange(v)}
              />
            )}
          />
        }
      />
      <DrawerSuggestions
        menteeId={menteeId}
        programId={programIdValue}
        kind={kind}
        onChoose={propose}
        choosingId={create.isPending && suggested ? suggested.id : null}
      />
    </FormFrame>
  );
}
