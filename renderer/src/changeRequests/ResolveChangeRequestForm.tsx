import { Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { changeRequestResolutionLabels, type ChangeRequest } from '@contract/changeRequests';
import { Controller, useWatch } from 'react-hook-form';
import { useOperationMutation } from '../api/useOperation';
import { PersonSelect } from '../faculty/PersonSelect';
import { FormFrame } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { todayIso } from '../shell/records';

/** What the office did about a request: a new mentor (the old pair ends, a new one starts), the pair kept, or ended. */
export function ResolveChangeRequestForm({ cr, onDone }: { cr: ChangeRequest; onDone: () => void }) {
  const resolve = useOperationMutation('changeRequests.resolve');
  const { form, errors, formError, submitWith } = useOperationForm('changeRequests.resolve', {
    defaultValues: { id: cr.id, resolvedOn: todayIso(), handledBy: cr.handledBy ?? '', note: '' },
    fields: ['resolution', 'newMentorId', 'resolvedOn', 'handledBy', 'note'],
  });
  const resolution = useWatch({ control: form.control, name: 'resolution' });
  const submit = submitWith(async (values) => {
    // A mentor chosen before the outcome was changed away from "changed" is not part of the answer.
    const result = await resolve.mutateAsync({
      ...values,
      newMentorId: values.resolution === 'changed' ? values.newMentorId : undefined,
    });
    notifications.show({
      color: 'teal',
      title: 'Request resolved',
      message: result.newMentorship
        ? `${result.newMentorship.mentor.name} now mentors ${result.newMentorship.mentee.name}.`
        : changeRequestResolutionLabels[values.resolution],
    });
    onDone();
  });

  return (
    <FormFrame
      label="Resolve"
      onSubmit={submit}
      error={formError}
      submitLabel="Resolve request"
      saving={resolve.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="resolution"
        render={({ field }) => (
          <Radio.Group
            label="Outcome"
            required
            value={field.value ?? ''}
            onChange={field.onChange}
            error={errors.resolution?.message}
          >
            <Stack gap={6} mt="xs">
              <Radio
                value="changed"
                label={`Change the mentor — ends this pair and starts ${cr.mentee.name} with a new mentor`}
              />
              <Radio value="kept" label="Keep the pair as it is" />
              <Radio value="ended" label="End the mentorship" />
            </Stack>
          </Radio.Group>
        )}
      />
      {resolution === 'changed' && (
        <Controller
          control={form.control}
          name="newMentorId"
          render={({ field }) => (
            <PersonSelect
              label="New mentor"
              required
              value={field.value}
              onChange={(id) => field.onChange(id ?? undefined)}
              error={errors.newMentorId?.message}
            />
          )}
        />
      )}
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label="Resolved on"
          required
          error={errors.resolvedOn?.message}
          {...form.register('resolvedOn')}
        />
        <TextInput
          label="Handled by"
          placeholder="e.g. Vice Chair for Faculty Development"
          error={errors.handledBy?.message}
          {...form.register('handledBy')}
        />
      </Group>
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
