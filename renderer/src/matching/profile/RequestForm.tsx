import { TagsInput, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MatchingProfile } from '@contract/matching';
import type { PersonRef } from '@common/records';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../../api/useOperation';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';
import { PeoplePicker } from '../PeoplePicker';

/** What a mentee asked for: people by name, a department, topics, and a confidential note. */
export function RequestForm({ profile, onDone }: { profile: MatchingProfile; onDone: () => void }) {
  const save = useOperationMutation('matching.request.set');
  const [named, setNamed] = useState<PersonRef[]>(profile.request?.mentors ?? []);
  const { form, formError, submitWith } = useOperationForm('matching.request.set', {
    defaultValues: {
      menteeId: profile.facultyId,
      mentorIds: named.map((p) => p.id),
      department: profile.request?.department ?? '',
      topics: profile.request?.topics ?? [],
      note: profile.request?.note ?? '',
      source: profile.request?.source ?? 'office',
    },
    fields: ['mentorIds', 'department', 'topics', 'note'],
  });
  const submit = submitWith(async (values) => {
    await save.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Request saved', message: 'Suggestions take it into account.' });
    onDone();
  });
  const errors = form.formState.errors;
  return (
    <FormFrame
      label="Mentee’s request"
      onSubmit={submit}
      error={formError}
      submitLabel="Save request"
      saving={save.isPending}
      onCancel={onDone}
    >
      <PeoplePicker
        label="People they asked for"
        people={named}
        onChange={(people) => {
          setNamed(people);
          form.setValue(
            'mentorIds',
            people.map((p) => p.id),
          );
        }}
      />
      <TextInput label="Preferred department" {...form.register('department')} error={errors.department?.message} />
      <Controller
        control={form.control}
        name="topics"
        render={({ field }) => (
          <TagsInput
            label="Topics"
            description="Press Enter after each topic."
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.topics?.message}
          />
        )}
      />
      <Textarea
        label="Note"
        description="Confidential."
        autosize
        minRows={2}
        {...form.register('note')}
        error={errors.note?.message}
      />
    </FormFrame>
  );
}
