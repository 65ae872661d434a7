import { Checkbox, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PeerGroup } from '@contract/peerGroups';
import { Controller } from 'react-hook-form';
import { isApiError } from '../api/client';
import { useOperationMutation } from '../api/useOperation';
import { PersonSelect } from '../faculty/PersonSelect';
import { FormFrame } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { todayIso } from '../shell/records';

/** Adds someone who has agreed to join; a full group refuses, and says so. */
export function AddMemberForm({ g, onDone }: { g: PeerGroup; onDone: () => void }) {
  const add = useOperationMutation('peerGroups.addMember');
  const { form, errors, formError, submitWith } = useOperationForm('peerGroups.addMember', {
    defaultValues: { groupId: g.id, joinedOn: todayIso(), agreedAttendance: true, agreedConfidentiality: true },
    fields: ['facultyId', 'joinedOn', 'agreedAttendance', 'agreedConfidentiality'],
  });
  const submit = submitWith(async (values) => {
    const saved = await add.mutateAsync(values);
    const added = saved.members.find((m) => m.person.id === values.facultyId);
    notifications.show({ color: 'teal', title: 'Member added', message: added?.person.name ?? saved.name });
    onDone();
  });
  const groupFull = isApiError(add.error) && add.error.code === 'GROUP_FULL';

  return (
    <FormFrame
      label="Add member"
      onSubmit={submit}
      error={formError && `${formError} Nothing was changed.`}
      errorTitle={groupFull ? 'The group is full' : undefined}
      submitLabel="Add member"
      saving={add.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="facultyId"
        render={({ field }) => (
          <PersonSelect
            label="Person"
            required
            autoFocus
            value={field.value}
            onChange={(id) => field.onChange(id ?? undefined)}
            error={errors.facultyId?.message}
          />
        )}
      />
      <TextInput
        type="date"
        label="Joined on"
        required
        error={errors.joinedOn?.message}
        {...form.register('joinedOn')}
      />
      <Checkbox label="Agreed to commit to attending" {...form.register('agreedAttendance')} />
      <Checkbox label="Agreed to keep what is said confidential" {...form.register('agreedConfidentiality')} />
    </FormFrame>
  );
}
