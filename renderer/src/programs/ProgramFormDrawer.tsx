import { MultiSelect, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ranks } from '@common/ranks';
import {
  defaultMaxGroupSize,
  defaultMenteeWarningThreshold,
  programStatuses,
  programStatusLabels,
  type Program,
} from '@contract/programs';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useOperationForm } from '../forms/useOperationForm';
import { FormDrawer } from '../forms/FormDrawer';
import { FormFrame } from '../forms/FormParts';
import { useOperationMutation } from '../api/useOperation';

const formFields = [
  'name',
  'sponsor',
  'vision',
  'mission',
  'structure',
  'evaluationPlan',
  'targetRanks',
  'startDate',
  'endDate',
  'status',
  'maxGroupSize',
  'menteeWarningThreshold',
] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The program to edit; without one, a new program is created. */
  program?: Program;
}

export function ProgramFormDrawer({ opened, onClose, program }: Props) {
  return (
    <FormDrawer opened={opened} onClose={onClose} title={program ? `Edit ${program.name}` : 'New program'}>
      <ProgramForm program={program} onDone={onClose} />
    </FormDrawer>
  );
}

function ProgramForm({ program, onDone }: { program?: Program; onDone: () => void }) {
  const create = useOperationMutation('programs.create');
  const update = useOperationMutation('programs.update');
  const navigate = useNavigate();
  const { form, formError, submitWith } = useOperationForm('programs.create', {
    defaultValues: {
      name: program?.name ?? '',
      sponsor: program?.sponsor ?? '',
      vision: program?.vision ?? '',
      mission: program?.mission ?? '',
      structure: program?.structure ?? '',
      evaluationPlan: program?.evaluationPlan ?? '',
      targetRanks: program?.targetRanks ?? [],
      startDate: program?.startDate ?? '',
      endDate: program?.endDate ?? '',
      status: program?.status ?? 'active',
      maxGroupSize: program?.maxGroupSize ?? defaultMaxGroupSize,
      menteeWarningThreshold: program?.menteeWarningThreshold ?? defaultMenteeWarningThreshold,
    },
    fields: formFields,
  });
  const { control, register, formState } = form;
  const errors = formState.errors;

  const submit = submitWith(async (fields) => {
    if (program) {
      const saved = await update.mutateAsync({ ...fields, id: program.id });
      notifications.show({ color: 'teal', title: 'Changes saved', message: saved.name });
      onDone();
    } else {
      const saved = await create.mutateAsync(fields);
      notifications.show({ color: 'teal', title: 'Program created', message: saved.name });
      onDone();
      void navigate(`/mentorships/programs/${saved.id}`);
    }
  });

  return (
    <FormFrame
      label="Program details"
      onSubmit={submit}
      error={formError}
      submitLabel={program ? 'Save changes' : 'Create program'}
      saving={create.isPending || update.isPending}
      onCancel={onDone}
    >
      <SimpleGrid cols={2}>
        <TextInput label="Name" required autoFocus error={errors.name?.message} {...register('name')} />
        <TextInput
          label="Run by"
          description="The office or department"
          required
          error={errors.sponsor?.message}
          {...register('sponsor')}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="targetRanks"
        render={({ field }) => (
          <MultiSelect
            label="Target audience"
            description="The ranks the program is meant for. People at these ranks with no mentor are listed on the dashboard."
            placeholder={field.value?.length ? undefined : 'Choose ranks'}
            data={[...ranks]}
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.targetRanks?.message}
          />
        )}
      />
      <SimpleGrid cols={3}>
        <TextInput type="date" label="Starts" error={errors.startDate?.message} {...register('startDate')} />
        <TextInput type="date" label="Ends" error={errors.endDate?.message} {...register('endDate')} />
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Select
              label="Status"
              allowDeselect={false}
              data={programStatuses.map((s) => ({ value: s, label: programStatusLabels[s] }))}
              value={field.value ?? 'active'}
              onChange={field.onChange}
            />
          )}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Controller
          control={control}
          name="maxGroupSize"
          render={({ field }) => (
            <NumberInput
              label="Largest peer group"
              description="Members per group; the sponsored program allows 8."
              min={2}
              max={50}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              error={errors.maxGroupSize?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="menteeWarningThreshold"
          render={({ field }) => (
            <NumberInput
              label="Mentees per mentor before a warning"
              description="Trellis warns when a mentor takes on more."
              min={1}
              max={50}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              error={errors.menteeWarningThreshold?.message}
            />
          )}
        />
      </SimpleGrid>
      <Textarea label="Vision" autosize minRows={2} error={errors.vision?.message} {...register('vision')} />
      <Textarea label="Mission" autosize minRows={2} error={errors.mission?.message} {...register('mission')} />
      <Textarea
        label="Structure and content"
        autosize
        minRows={2}
        error={errors.structure?.message}
        {...register('structure')}
      />
      <Textarea
        label="Outcomes and evaluation plan"
        autosize
        minRows={2}
        error={errors.evaluationPlan?.message}
        {...register('evaluationPlan')}
      />
    </FormFrame>
  );
}
