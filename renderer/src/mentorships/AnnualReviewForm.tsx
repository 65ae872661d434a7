import { Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Mentorship, ReviewOutcome } from '@contract/mentorships';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useOperationMutation } from '../api/useOperation';
import { formatDate } from '../faculty/format';
import { FormFrame } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { todayIso } from '../shell/records';

export const reviewOutcomeLabels: Record<ReviewOutcome, string> = {
  continue: 'Continue as it is',
  change: 'Change (opens a change request)',
  end: 'End the mentorship',
};

/** The yearly reconsideration of a pair: continue, change (a change request for the office) or end. */
export function AnnualReviewForm({ m, onDone }: { m: Mentorship; onDone: () => void }) {
  const record = useOperationMutation('mentorships.recordReview');
  const navigate = useNavigate();
  const { form, errors, formError, submitWith } = useOperationForm('mentorships.recordReview', {
    defaultValues: { id: m.id, reviewedOn: todayIso(), note: '' },
    fields: ['reviewedOn', 'outcome', 'note'],
  });
  const submit = submitWith(async (values) => {
    const result = await record.mutateAsync(values);
    const next = result.mentorship.nextReviewOn;
    notifications.show({
      color: 'teal',
      title: 'Review recorded',
      message: next ? `Next review: ${formatDate(next)}` : reviewOutcomeLabels[values.outcome],
    });
    onDone();
    if (result.changeRequestId) void navigate(`/mentorships/change-requests/${result.changeRequestId}`);
  });

  return (
    <FormFrame
      label="Annual review"
      onSubmit={submit}
      error={formError}
      submitLabel="Record review"
      saving={record.isPending}
      onCancel={onDone}
    >
      <TextInput
        type="date"
        label="Reviewed on"
        required
        error={errors.reviewedOn?.message}
        {...form.register('reviewedOn')}
      />
      <Controller
        control={form.control}
        name="outcome"
        render={({ field }) => (
          <Radio.Group
            label="Outcome"
            required
            value={field.value ?? ''}
            onChange={field.onChange}
            error={errors.outcome?.message}
          >
            <Stack gap={6} mt="xs">
              <Radio value="continue" label="Continue — the next review is a year from now" />
              <Radio value="change" label="Change — opens a change request for the office" />
              <Radio value="end" label="End — the mentorship ends today" />
            </Stack>
          </Radio.Group>
        )}
      />
      <Textarea
        label="Note"
        description="Confidential."
        autosize
        minRows={2}
        error={errors.note?.message}
        {...form.register('note')}
      />
    </FormFrame>
  );
}
