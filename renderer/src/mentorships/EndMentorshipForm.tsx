import { Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Mentorship } from '@contract/mentorships';
import { useOperationMutation } from '../api/useOperation';
import { FormFrame } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { todayIso } from '../shell/records';

/** Ends a pair, with the day and the reason; the pair stays in the records, marked as ended. */
export function EndMentorshipForm({ m, onDone }: { m: Mentorship; onDone: () => void }) {
  const end = useOperationMutation('mentorships.end');
  const { form, errors, formError, submitWith } = useOperationForm('mentorships.end', {
    defaultValues: { id: m.id, endedOn: todayIso(), reason: '' },
    fields: ['endedOn', 'reason'],
  });
  const submit = submitWith(async (values) => {
    await end.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Mentorship ended', message: `${m.mentor.name} with ${m.mentee.name}` });
    onDone();
  });

  return (
    <FormFrame
      label="End the mentorship"
      onSubmit={submit}
      error={formError}
      intro={
        <Text size="sm">
          The pair stays in the records with its meetings and reviews, marked as ended. This cannot be undone; a new
          mentorship can be added later.
        </Text>
      }
      submitLabel="End mentorship"
      saving={end.isPending}
      color="red"
      onCancel={onDone}
    >
      <TextInput type="date" label="Ended on" required error={errors.endedOn?.message} {...form.register('endedOn')} />
      <Textarea
        label="Reason"
        required
        autosize
        minRows={2}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </FormFrame>
  );
}
