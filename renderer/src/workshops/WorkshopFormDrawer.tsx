import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { defaultRoundCount, defaultRoundMinutes, defaultWorkshopTitle, type Workshop } from '@contract/workshops';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { FormDrawer } from '../forms/FormDrawer';
import { FormFrame } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { todayIso } from '../shell/records';
import { FacilitatorsField, facilitatorsOf } from './FacilitatorsField';

export function WorkshopFormDrawer({
  opened,
  onClose,
  workshop,
}: {
  opened: boolean;
  onClose: () => void;
  workshop?: Workshop;
}) {
  return (
    <FormDrawer opened={opened} onClose={onClose} title={workshop ? `Edit ${workshop.title}` : 'New workshop'}>
      <WorkshopForm workshop={workshop} onDone={onClose} />
    </FormDrawer>
  );
}

/** A workshop's details; both creating and editing are checked by the same fields (workshops.create's). */
function WorkshopForm({ workshop, onDone }: { workshop?: Workshop; onDone: () => void }) {
  const programs = useOperation('programs.list', {});
  const create = useOperationMutation('workshops.create');
  const update = useOperationMutation('workshops.update');
  const navigate = useNavigate();
  const { form, errors, formError, submitWith } = useOperationForm('workshops.create', {
    defaultValues: {
      programId: workshop?.program.id,
      title: workshop?.title ?? defaultWorkshopTitle,
      heldOn: workshop?.heldOn ?? todayIso(),
      startsAt: workshop?.startsAt ?? null,
      place: workshop?.place ?? '',
      roundMinutes: workshop?.roundMinutes ?? defaultRoundMinutes,
      roundCount: workshop?.roundCount ?? defaultRoundCount,
      tableCount: workshop?.tableCount ?? null,
      facilitators: workshop ? facilitatorsOf(workshop) : [],
    },
    fields: ['programId', 'title', 'heldOn', 'startsAt', 'place', 'roundMinutes', 'roundCount', 'tableCount'],
  });
  const { control, register } = form;

  const submit = submitWith(async (values) => {
    const saved = workshop
      ? await update.mutateAsync({ ...values, id: workshop.id })
      : await create.mutateAsync(values);
    notifications.show({ color: 'teal', title: workshop ? 'Changes saved' : 'Workshop created', message: saved.title });
    onDone();
    if (!workshop) void navigate(`/workshops/${saved.id}`);
  });

  const wholeNumber = (onChange: (v: number | null) => void, empty: number | null) => (v: number | string) =>
    onChange(typeof v === 'number' ? v : empty);

  return (
    <FormFrame
      label="Workshop details"
      onSubmit={submit}
      error={formError}
      submitLabel={workshop ? 'Save changes' : 'Create workshop'}
      saving={create.isPending || update.isPending}
      onCancel={onDone}
    >
      <TextInput label="Title" required autoFocus error={errors.title?.message} {...register('title')} />
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
      <SimpleGrid cols={2}>
        <TextInput type="date" label="Day" required error={errors.heldOn?.message} {...register('heldOn')} />
        <Controller
          control={control}
          name="startsAt"
          render={({ field }) => (
            <TextInput
              type="time"
              label="Starts at"
              value={field.value ?? ''}
              onChange={(e) => field.onChange(e.currentTarget.value || null)}
              error={errors.startsAt?.message}
            />
          )}
        />
      </SimpleGrid>
      <TextInput
        label="Place"
        placeholder="e.g. Lakeside Hall, Room 210"
        error={errors.place?.message}
        {...register('place')}
      />
      <SimpleGrid cols={3}>
        <Controller
          control={control}
          name="roundMinutes"
          render={({ field }) => (
            <NumberInput
              label="Minutes per round"
              description="Roles swap at half-time."
              required
              min={2}
              max={60}
              allowDecimal={false}
              value={field.value ?? ''}
              onChange={wholeNumber(field.onChange, null)}
              error={errors.roundMinutes?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="roundCount"
          render={({ field }) => (
            <NumberInput
              label="Rounds"
              description="Each with a new partner."
              required
              min={1}
              max={50}
              allowDecimal={false}
              value={field.value ?? ''}
              onChange={wholeNumber(field.onChange, null)}
              error={errors.roundCount?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="tableCount"
          render={({ field }) => (
            <NumberInput
              label="Tables"
              description="Empty: one per pair."
              min={1}
              max={200}
              allowDecimal={false}
              value={field.value ?? ''}
              onChange={wholeNumber(field.onChange, null)}
              error={errors.tableCount?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="facilitators"
        render={({ field }) => (
          <FacilitatorsField
            value={field.value ?? []}
            initial={workshop?.facilitators ?? []}
            onChange={field.onChange}
            error={errors.facilitators?.message}
          />
        )}
      />
    </FormFrame>
  );
}
