import { Autocomplete, Checkbox, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { type FacultyFields, type FacultyFieldsInput } from '@contract/faculty';
import { careerStageLabels, careerStages, deriveCareerStage, ranks } from '@common/ranks';
import { Controller, useWatch, type DefaultValues } from 'react-hook-form';
import { useOperationForm } from '../forms/useOperationForm';
import { FormFrame } from '../forms/FormParts';
import { facultyFormFields } from './facultyFormValues';
import { useOperation } from '../api/useOperation';

/** Select values must be strings; this one stands for "let Trellis work it out". */
const derivedStage = 'derived';

interface Props {
  initialValues: DefaultValues<FacultyFieldsInput>;
  submitLabel: string;
  /** Saves; a rejected promise (VALIDATION, CONFLICT…) is shown on the form. */
  onSubmit: (fields: FacultyFields) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * Add or edit a person. The rules and messages are the core's own schema, so
 * what the form accepts is what the core accepts; what only the core can know
 * (an email already in use) comes back and is shown on the field.
 */
export function FacultyForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const { form, formError, submitWith } = useOperationForm('faculty.create', {
    defaultValues: initialValues,
    fields: facultyFormFields,
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const facets = useOperation('faculty.facets', {});

  const [rank, appointmentStart] = useWatch({ control, name: ['rank', 'appointmentStart'] });
  const validStart = appointmentStart && /^\d{4}-\d{2}-\d{2}$/.test(appointmentStart) ? appointmentStart : null;
  const derived = rank ? careerStageLabels[deriveCareerStage(rank, validStart, new Date())] : null;
  const stageOptions = [
    { value: derivedStage, label: derived ? `From rank and years (now: ${derived})` : 'From rank and years' },
    ...careerStages.map((stage) => ({ value: stage, label: careerStageLabels[stage] })),
  ];

  const submit = submitWith(async (fields) => {
    await onSubmit(fields);
  });

  return (
    <FormFrame
      label="Person details"
      onSubmit={submit}
      error={formError}
      submitLabel={submitLabel}
      saving={formState.isSubmitting}
      onCancel={onCancel}
    >
      <SimpleGrid cols={2} spacing="md" verticalSpacing="md">
        <TextInput label="Name" required autoFocus error={errors.name?.message} {...register('name')} />
        <TextInput
          label="Email"
          type="email"
          required
          autoComplete="off"
          error={errors.email?.message}
          {...register('email')}
        />
        <Controller
          control={control}
          name="department"
          render={({ field }) => (
            <Autocomplete
              label="Department"
              required
              data={facets.data?.departments ?? []}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.department?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="division"
          render={({ field }) => (
            <Autocomplete
              label="Division"
              data={facets.data?.divisions ?? []}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.division?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="rank"
          render={({ field }) => (
            <Select
              label="Rank"
              required
              placeholder="Choose a rank"
              data={[...ranks]}
              value={field.value ?? null}
              onChange={(value) => field.onChange(ranks.find((r) => r === value) ?? undefined)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.rank?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="track"
          render={({ field }) => (
            <Autocomplete
              label="Line or track"
              placeholder="e.g. Clinician educator"
              data={facets.data?.tracks ?? []}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.track?.message}
            />
          )}
        />
        <TextInput
          label="Employee ID"
          autoComplete="off"
          error={errors.employeeId?.message}
          {...register('employeeId')}
        />
        <TextInput
          label="Appointment start"
          type="date"
          error={errors.appointmentStart?.message}
          {...register('appointmentStart')}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="careerStage"
        render={({ field }) => (
          <Select
            label="Career stage"
            description="Usually worked out from rank and years since appointment; choose a stage only to override it."
            data={stageOptions}
            allowDeselect={false}
            value={field.value ?? derivedStage}
            onChange={(value) => field.onChange(careerStages.find((s) => s === value) ?? null)}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errors.careerStage?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="interests"
        render={({ field }) => (
          <TagsInput
            label="Interests"
            description="Research, clinical or teaching topics. Press Enter after each one."
            data={facets.data?.interests ?? []}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            clearable
            error={errors.interests?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="firstTimeLeader"
        render={({ field }) => (
          <Checkbox
            label="First-time leader"
            description="In a leadership role for the first time."
            checked={field.value ?? false}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            onBlur={field.onBlur}
            ref={field.ref}
          />
        )}
      />
    </FormFrame>
  );
}
