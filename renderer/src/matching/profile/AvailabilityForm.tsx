import { NumberInput, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MatchingProfile } from '@contract/matching';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../../api/useOperation';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';

/** Whether someone will mentor, and how many mentees they can take (empty: each program's own limit). */
export function AvailabilityForm({ profile, onDone }: { profile: MatchingProfile; onDone: () => void }) {
  const save = useOperationMutation('matching.availability.set');
  const { form, formError, submitWith } = useOperationForm('matching.availability.set', {
    defaultValues: {
      facultyId: profile.facultyId,
      availableToMentor: profile.availableToMentor,
      capacity: profile.capacity,
    },
    fields: ['availableToMentor', 'capacity'],
  });
  const submit = submitWith(async (values) => {
    await save.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Availability saved', message: 'Suggestions follow it from now on.' });
    onDone();
  });
  return (
    <FormFrame
      label="Availability to mentor"
      onSubmit={submit}
      error={formError}
      submitLabel="Save availability"
      saving={save.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="availableToMentor"
        render={({ field }) => (
          <Switch
            label="Available to mentor"
            description="People who are not are never suggested as mentors."
            checked={field.value ?? true}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="capacity"
        render={({ field }) => (
          <NumberInput
            label="Most mentees at once"
            description="Leave empty to use each program’s mentee warning threshold."
            min={0}
            max={50}
            allowDecimal={false}
            value={field.value ?? ''}
            onChange={(v) => field.onChange(v === '' ? null : Number(v))}
            error={form.formState.errors.capacity?.message}
          />
        )}
      />
    </FormFrame>
  );
}
