import { Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PersonRef } from '@common/records';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../../api/useOperation';
import { PersonSelect } from '../../faculty/PersonSelect';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';

/** Adds a pair the office never wants proposed, with its confidential reason. */
export function NeverPairForm({ person, onDone }: { person: PersonRef; onDone: () => void }) {
  const add = useOperationMutation('matching.neverPairs.add');
  const { form, formError, submitWith } = useOperationForm('matching.neverPairs.add', {
    defaultValues: { personId: person.id, reason: '' },
    fields: ['otherId', 'reason'],
  });
  const submit = submitWith(async (values) => {
    await add.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Never-pair added', message: 'This pair will not be suggested.' });
    onDone();
  });
  const errors = form.formState.errors;
  return (
    <FormFrame
      label="Never pair"
      onSubmit={submit}
      error={formError}
      submitLabel="Add to the never-pair list"
      saving={add.isPending}
      onCancel={onDone}
      intro={
        <Text size="sm" c="dimmed">
          {person.name} and the person you choose are never suggested or proposed as a pair, either way round.
        </Text>
      }
    >
      <Controller
        control={form.control}
        name="otherId"
        render={({ field }) => (
          <PersonSelect
            label="Never pair with"
            required
            value={field.value}
            onChange={(id) => field.onChange(id ?? undefined)}
            error={errors.otherId?.message}
          />
        )}
      />
      <Textarea
        label="Reason"
        required
        description="Confidential: shown only on this list, never in suggestions, logs or the audit trail."
        autosize
        minRows={2}
        {...form.register('reason')}
        error={errors.reason?.message}
      />
    </FormFrame>
  );
}
