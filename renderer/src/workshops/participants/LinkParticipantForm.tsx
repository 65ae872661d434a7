import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { WorkshopParticipant } from '@contract/workshops';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../../api/useOperation';
import { PersonSelect } from '../../faculty/PersonSelect';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';

/** Links a walk-in (or a sign-up the directory did not know) to their record, so the workshop counts on it. */
export function LinkParticipantForm({ participant, onDone }: { participant: WorkshopParticipant; onDone: () => void }) {
  const link = useOperationMutation('workshops.linkParticipant');
  const { form, errors, formError, submitWith } = useOperationForm('workshops.linkParticipant', {
    defaultValues: { participantId: participant.id },
    fields: ['facultyId'],
  });
  const submit = submitWith(async (values) => {
    await link.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Linked', message: participant.name });
    onDone();
  });
  return (
    <FormFrame
      label="Link participant"
      onSubmit={submit}
      error={formError}
      submitLabel="Link"
      saving={link.isPending}
      onCancel={onDone}
      intro={
        <Text size="sm">
          {participant.name}
          {participant.email ? ` (${participant.email})` : ''} takes part under the directory record you choose; their
          rounds and wishes stay as they are.
        </Text>
      }
    >
      <Controller
        control={form.control}
        name="facultyId"
        render={({ field }) => (
          <PersonSelect
            label="Person in the directory"
            required
            autoFocus
            value={field.value}
            onChange={(id) => field.onChange(id ?? undefined)}
            error={errors.facultyId?.message}
          />
        )}
      />
    </FormFrame>
  );
}
