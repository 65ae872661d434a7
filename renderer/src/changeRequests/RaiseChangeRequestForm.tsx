import { Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { raisedByLabels, raisedByOptions } from '@contract/changeRequests';
import type { Mentorship } from '@contract/mentorships';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useOperationMutation } from '../api/useOperation';
import { FormFrame } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { capitalize, todayIso } from '../shell/records';

/** Either person, or the office, asks to change a pair; the reason stays confidential on the request. */
export function RaiseChangeRequestForm({ m, onDone }: { m: Mentorship; onDone: () => void }) {
  const create = useOperationMutation('changeRequests.create');
  const navigate = useNavigate();
  const { form, errors, formError, submitWith } = useOperationForm('changeRequests.create', {
    defaultValues: { mentorshipId: m.id, raisedOn: todayIso(), reason: '' },
    fields: ['raisedBy', 'raisedOn', 'reason'],
  });
  const submit = submitWith(async (values) => {
    const request = await create.mutateAsync(values);
    notifications.show({
      color: 'teal',
      title: 'Change request raised',
      message: `${m.mentor.name} with ${m.mentee.name}`,
    });
    onDone();
    void navigate(`/mentorships/change-requests/${request.id}`);
  });

  return (
    <FormFrame
      label="Change request"
      onSubmit={submit}
      error={formError}
      submitLabel="Raise request"
      saving={create.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="raisedBy"
        render={({ field }) => (
          <Select
            label="Asked for by"
            required
            allowDeselect={false}
            placeholder="Choose who asked"
            data={raisedByOptions.map((r) => ({ value: r, label: capitalize(raisedByLabels[r]) }))}
            value={field.value ?? null}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errors.raisedBy?.message}
          />
        )}
      />
      <TextInput
        type="date"
        label="Asked on"
        required
        error={errors.raisedOn?.message}
        {...form.register('raisedOn')}
      />
      <Textarea
        label="Reason"
        description="Confidential: seen only on this request."
        required
        autosize
        minRows={3}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </FormFrame>
  );
}
