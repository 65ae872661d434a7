import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MatchingProfile } from '@contract/matching';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../../api/useOperation';
import { PersonSelect } from '../../faculty/PersonSelect';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';

/** Whom a person reports to: they are never suggested as that person's mentor. */
export function ReportsToForm({ profile, onDone }: { profile: MatchingProfile; onDone: () => void }) {
  const save = useOperationMutation('matching.reportsTo.set');
  const { form, formError, submitWith } = useOperationForm('matching.reportsTo.set', {
    defaultValues: {
      facultyId: profile.facultyId,
      supervisorId: profile.supervisor?.id ?? null,
      chairId: profile.chair?.id ?? null,
    },
    fields: ['supervisorId', 'chairId'],
  });
  const submit = submitWith(async (values) => {
    await save.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Reporting lines saved', message: 'Suggestions follow them now.' });
    onDone();
  });
  const errors = form.formState.errors;
  return (
    <FormFrame
      label="Reports to"
      onSubmit={submit}
      error={formError}
      submitLabel="Save reporting lines"
      saving={save.isPending}
      onCancel={onDone}
      intro={
        <Text size="sm" c="dimmed">
          A person is never suggested as the mentor of someone who reports to them.
        </Text>
      }
    >
      <Controller
        control={form.control}
        name="supervisorId"
        render={({ field }) => (
          <PersonSelect
            label="Supervisor"
            initial={profile.supervisor}
            value={field.value}
            onChange={(id) => field.onChange(id)}
            error={errors.supervisorId?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="chairId"
        render={({ field }) => (
          <PersonSelect
            label="Department chair"
            initial={profile.chair}
            value={field.value}
            onChange={(id) => field.onChange(id)}
            error={errors.chairId?.message}
          />
        )}
      />
    </FormFrame>
  );
}
