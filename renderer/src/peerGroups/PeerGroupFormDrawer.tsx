import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  groupingLabels,
  groupings,
  groupPhaseLabels,
  groupPhases,
  peerGroupFields,
  type PeerGroup,
} from '@contract/peerGroups';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { applyServerErrors } from '../forms/applyServerErrors';
import { FormDrawer } from '../forms/FormDrawer';
import { FormFrame } from '../forms/FormParts';
import { PersonSelect } from '../faculty/PersonSelect';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { todayIso } from '../shell/records';

type Input = z.input<typeof peerGroupFields>;
type Output = z.output<typeof peerGroupFields>;
const formFields = [
  'programId',
  'name',
  'focus',
  'facilitated',
  'grouping',
  'facilitatorId',
  'phase',
  'schedule',
  'meetingMinutes',
  'logistics',
  'costsCents',
  'startedOn',
] as const;

export function PeerGroupFormDrawer({
  opened,
  onClose,
  group,
}: {
  opened: boolean;
  onClose: () => void;
  group?: PeerGroup;
}) {
  return (
    <FormDrawer opened={opened} onClose={onClose} title={group ? `Edit ${group.name}` : 'New peer group'}>
      <GroupForm group={group} onDone={onClose} />
    </FormDrawer>
  );
}

function GroupForm({ group, onDone }: { group?: PeerGroup; onDone: () => void }) {
  const programs = useOperation('programs.list', {});
  const create = useOperationMutation('peerGroups.create');
  const update = useOperationMutation('peerGroups.update');
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [costs, setCosts] = useState<number | string>(group ? group.costsCents / 100 : 0);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(peerGroupFields),
    defaultValues: {
      programId: group?.program.id,
      name: group?.name ?? '',
      focus: group?.focus ?? '',
      facilitated: group?.facilitated ?? true,
      grouping: group?.grouping ?? null,
      facilitatorId: group?.facilitator?.id ?? null,
      phase: group?.phase ?? 'initial_facilitation',
      schedule: group?.schedule ?? 'Monthly',
      meetingMinutes: group?.meetingMinutes ?? 75,
      logistics: group?.logistics ?? '',
      costsCents: group?.costsCents ?? 0,
      startedOn: group?.startedOn ?? todayIso(),
      status: group?.status ?? 'active',
    },
  });
  const { control, register, formState } = form;
  const errors = formState.errors;

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    const costsCents = Math.round((typeof costs === 'number' ? costs : 0) * 100);
    try {
      const saved = group
        ? await update.mutateAsync({ ...fields, costsCents, id: group.id })
        : await create.mutateAsync({ ...fields, costsCents });
      notifications.show({
        color: saved.warnings.length > 0 ? 'yellow' : 'teal',
        title: group ? 'Changes saved' : 'Group created',
        message: saved.warnings.length > 0 ? `${saved.name}. Please read the note on its page.` : saved.name,
      });
      onDone();
      if (!group) void navigate(`/peer-groups/${saved.id}`);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, formFields));
    }
  });

  return (
    <FormFrame
      label="Group details"
      onSubmit={(e) => void submit(e)}
      error={formError}
      submitLabel={group ? 'Save changes' : 'Create group'}
      saving={create.isPending || update.isPending}
      onCancel={onDone}
    >
      <SimpleGrid cols={2}>
        <TextInput label="Name" required autoFocus error={errors.name?.message} {...register('name')} />
        <Controller
          control={control}
          name="programId"
          render={({ field }) => (
            <Select
              label="Program"
              required
              allowDeselect={false}
              placeholder="Choose a program"
              data={(programs.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
              value={field.value ? String(field.value) : null}
              onChange={(v) => field.onChange(v ? Number(v) : undefined)}
              error={errors.programId?.message}
            />
          )}
        />
      </SimpleGrid>
      <TextInput
        label="Focus"
        required
        placeholder="e.g. Preparing for promotion"
        error={errors.focus?.message}
        {...register('focus')}
      />
      <SimpleGrid cols={2}>
        <Controller
          control={control}
          name="facilitatorId"
          render={({ field }) => (
            <PersonSelect
              label="Facilitator"
              description="A senior peer; not counted among the members."
              initial={group?.facilitator ?? null}
              value={field.value}
              onChange={(id) => field.onChange(id)}
              error={errors.facilitatorId?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="grouping"
          render={({ field }) => (
            <Select
              label="Members grouped"
              description="How the members were brought together."
              clearable
              data={groupings.map((g) => ({ value: g, label: groupingLabels[g] }))}
              value={field.value ?? null}
              onChange={field.onChange}
            />
          )}
        />
        <Controller
          control={control}
          name="phase"
          render={({ field }) => (
            <Select
              label="Phase"
              allowDeselect={false}
              data={groupPhases.map((p) => ({ value: p, label: groupPhaseLabels[p] }))}
              value={field.value ?? 'initial_facilitation'}
              onChange={field.onChange}
            />
          )}
        />
        <TextInput
          type="date"
          label="Started on"
          required
          error={errors.startedOn?.message}
          {...register('startedOn')}
        />
        <TextInput
          label="Schedule"
          placeholder="e.g. First Tuesday of the month, 12:00"
          error={errors.schedule?.message}
          {...register('schedule')}
        />
        <Controller
          control={control}
          name="meetingMinutes"
          render={({ field }) => (
            <NumberInput
              label="Usual length (minutes)"
              min={15}
              max={480}
              step={15}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
              error={errors.meetingMinutes?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="facilitated"
        render={({ field }) => (
          <Checkbox
            label="Facilitated group"
            checked={field.value ?? true}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
          />
        )}
      />
      <Textarea
        label="Logistics"
        description="Room reservations, materials, catering…"
        autosize
        minRows={2}
        error={errors.logistics?.message}
        {...register('logistics')}
      />
      <NumberInput
        label="Costs so far ($)"
        min={0}
        decimalScale={2}
        fixedDecimalScale
        value={costs}
        onChange={setCosts}
        error={errors.costsCents?.message}
        w={200}
      />
    </FormFrame>
  );
}
