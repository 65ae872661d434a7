import { MultiSelect, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Workshop, WorkshopParticipant } from '@contract/workshops';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { useOperationMutation } from '../../api/useOperation';
import { PersonSelect } from '../../faculty/PersonSelect';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';

/**
 * Seeds a new peer mentoring group with people from the workshop, those who
 * wished to keep meeting chosen first. The program's limit of eight members
 * holds: more are refused, plainly, and nothing is created.
 */
export function StartPeerGroupForm({
  w,
  candidates,
  onDone,
}: {
  w: Workshop;
  candidates: WorkshopParticipant[];
  onDone: () => void;
}) {
  const start = useOperationMutation('workshops.startPeerGroup');
  const navigate = useNavigate();
  const wished = [...new Set(w.mutualWishes.flatMap((m) => m.participantIds))];
  const { form, errors, formError, submitWith } = useOperationForm('workshops.startPeerGroup', {
    defaultValues: { workshopId: w.id, participantIds: wished, name: '', focus: '', facilitatorId: null },
    fields: ['participantIds', 'name', 'focus', 'facilitatorId'],
  });
  const submit = submitWith(async (values) => {
    const group = await start.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Peer group started', message: group.name });
    onDone();
    void navigate(`/peer-groups/${group.id}`);
  });
  const full = isApiError(start.error) && start.error.code === 'GROUP_FULL';

  return (
    <FormFrame
      label="New peer group"
      onSubmit={submit}
      error={formError && `${formError} Nothing was created.`}
      errorTitle={full ? 'Too many members for one group' : undefined}
      submitLabel="Start the group"
      saving={start.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="participantIds"
        render={({ field }) => (
          <MultiSelect
            label="Members"
            description="Up to eight people. Walk-ins must be linked to their directory record first."
            searchable
            data={candidates.map((p) => ({ value: String(p.id), label: p.name, disabled: p.person === null }))}
            value={(field.value ?? []).map(String)}
            onChange={(ids) => field.onChange(ids.map(Number))}
            error={errors.participantIds?.message}
          />
        )}
      />
      <TextInput label="Name" required error={errors.name?.message} {...form.register('name')} />
      <TextInput
        label="Focus"
        required
        placeholder="e.g. Preparing for promotion"
        error={errors.focus?.message}
        {...form.register('focus')}
      />
      <Controller
        control={form.control}
        name="facilitatorId"
        render={({ field }) => (
          <PersonSelect
            label="Facilitator"
            description="A senior peer; not counted among the members."
            value={field.value}
            onChange={(id) => field.onChange(id)}
            error={errors.facilitatorId?.message}
          />
        )}
      />
    </FormFrame>
  );
}
