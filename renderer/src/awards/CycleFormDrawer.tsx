import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type cycleCreateInput, type AwardCycle } from '@contract/awards';
import { Controller, type Control } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { useOperationForm } from '../forms/useOperationForm';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { FormDrawer } from '../forms/FormDrawer';
import { FormFrame } from '../forms/FormParts';

type Input = z.input<typeof cycleCreateInput>;
type Output = z.output<typeof cycleCreateInput>;
const formFields = [
  'awardTypeId',
  'year',
  'opensOn',
  'closesOn',
  'criteria',
  'maxSupportLetters',
  'letterPageLimit',
  'statementPageLimit',
  'packetPageLimit',
] as const;

/** Opens a new cycle of an award, or edits one (its award stays). */
export function CycleFormDrawer({
  opened,
  onClose,
  cycle,
}: {
  opened: boolean;
  onClose: () => void;
  cycle?: AwardCycle;
}) {
  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={cycle ? `Edit ${cycle.awardType.name} ${cycle.year}` : 'New cycle'}
    >
      <CycleForm cycle={cycle} onDone={onClose} />
    </FormDrawer>
  );
}

function CycleForm({ cycle, onDone }: { cycle?: AwardCycle; onDone: () => void }) {
  const types = useOperation('awards.types.list', {});
  const create = useOperationMutation('awards.cycles.create');
  const update = useOperationMutation('awards.cycles.update');
  const navigate = useNavigate();
  const year = new Date().getFullYear();
  const { form, formError, submitWith } = useOperationForm('awards.cycles.create', {
    defaultValues: {
      awardTypeId: cycle?.awardType.id,
      year: cycle?.year ?? year,
      opensOn: cycle?.opensOn ?? '',
      closesOn: cycle?.closesOn ?? '',
      criteria: cycle?.criteria ?? '',
      maxSupportLetters: cycle?.maxSupportLetters ?? 2,
      letterPageLimit: cycle ? cycle.letterPageLimit : 2,
      statementPageLimit: cycle?.statementPageLimit ?? null,
      packetPageLimit: cycle?.packetPageLimit ?? null,
    },
    fields: formFields,
  });
  const errors = form.formState.errors;
  const submit = submitWith(async ({ awardTypeId, ...fields }) => {
    const saved = cycle
      ? await update.mutateAsync({ ...fields, id: cycle.id })
      : await create.mutateAsync({ ...fields, awardTypeId });
    notifications.show({
      color: 'teal',
      title: cycle ? 'Changes saved' : 'Cycle opened',
      message: `${saved.awardType.name} ${saved.year}`,
    });
    onDone();
    if (!cycle) void navigate(`/awards/cycles/${saved.id}`);
  });

  return (
    <FormFrame
      label="Cycle details"
      onSubmit={submit}
      error={formError}
      submitLabel={cycle ? 'Save changes' : 'Open cycle'}
      saving={form.formState.isSubmitting}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="awardTypeId"
        render={({ field }) => (
          <Select
            label="Award"
            required
            disabled={Boolean(cycle)}
            allowDeselect={false}
            placeholder="Choose an award"
            data={(types.data ?? [])
              .filter((t) => t.active || t.id === cycle?.awardType.id)
              .map((t) => ({ value: String(t.id), label: t.name }))}
            value={field.value ? String(field.value) : null}
            onChange={(v) => field.onChange(v ? Number(v) : undefined)}
            error={errors.awardTypeId?.message}
          />
        )}
      />
      <SimpleGrid cols={3}>
        <Controller
          control={form.control}
          name="year"
          render={({ field }) => (
            <NumberInput
              label="Year"
              required
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              error={errors.year?.message}
            />
          )}
        />
        <TextInput
          type="date"
          label="Opens on"
          required
          error={errors.opensOn?.message}
          {...form.register('opensOn')}
        />
        <TextInput
          type="date"
          label="Closes on"
          required
          error={errors.closesOn?.message}
          {...form.register('closesOn')}
        />
      </SimpleGrid>
      <Textarea
        label="Criteria"
        description="What the committee looks for; shown on the cycle page."
        autosize
        minRows={3}
        error={errors.criteria?.message}
        {...form.register('criteria')}
      />
      <SimpleGrid cols={2}>
        <Controller
          control={form.control}
          name="maxSupportLetters"
          render={({ field }) => (
            <NumberInput
              label="Support letters allowed"
              min={0}
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)}
              error={errors.maxSupportLetters?.message}
            />
          )}
        />
        <LimitInput
          control={form.control}
          name="letterPageLimit"
          label="Pages per letter"
          error={errors.letterPageLimit?.message}
        />
        <LimitInput
          control={form.control}
          name="statementPageLimit"
          label="Pages for the statement"
          error={errors.statementPageLimit?.message}
        />
        <LimitInput
          control={form.control}
          name="packetPageLimit"
          label="Pages for the whole packet"
          error={errors.packetPageLimit?.message}
        />
      </SimpleGrid>
    </FormFrame>
  );
}

/** A page limit: empty means no limit. */
function LimitInput({
  control,
  name,
  label,
  error,
}: {
  control: Control<Input, unknown, Output>;
  name: 'letterPageLimit' | 'statementPageLimit' | 'packetPageLimit';
  label: string;
  error?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description="Leave empty for no limit."
          min={1}
          allowDecimal={false}
          value={field.value ?? ''}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
          error={error}
        />
      )}
    />
  );
}
