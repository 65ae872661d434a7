import { NumberInput, Select, SimpleGrid, Textarea, TextInput, type ComboboxItem } from '@mantine/core';
import type { mentorshipUpdateInput } from '@contract/mentorships';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldErrors, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

/** The details a pair has whether it is being added or edited: program, dates, cadence and notes. */
type DetailValues = Pick<
  z.input<typeof mentorshipUpdateInput>,
  'programId' | 'startDate' | 'plannedEnd' | 'cadenceDays' | 'notes'
>;

interface Props<T extends FieldValues & DetailValues, Parsed> {
  form: UseFormReturn<T, unknown, Parsed>;
  programOptions: ComboboxItem[];
  /** Fields placed in the grid before the details (mentor, mentee, kind when adding). */
  before?: ReactNode;
  /** Fields placed in the grid after them (the status when adding). */
  after?: ReactNode;
  /** Keeps the program's field level with a neighbour that has a description. */
  programDescription?: string;
}

/**
 * One block of fields for the add and edit drawers, so the two forms ask for
 * the same details in the same words and order. Both forms name these fields
 * alike (the type parameter checks it), so the block works on either.
 */
export function MentorshipDetailFields<T extends FieldValues & DetailValues, Parsed>({
  form,
  programOptions,
  before,
  after,
  programDescription,
}: Props<T, Parsed>) {
  // Safe: T is constrained to hold DetailValues under these names.
  const control = form.control as unknown as Control<DetailValues>;
  const register = form.register as unknown as UseFormReturn<DetailValues>['register'];
  const errors = form.formState.errors as FieldErrors<DetailValues>;
  return (
    <>
      <SimpleGrid cols={2}>
        {before}
        <Controller
          control={control}
          name="programId"
          render={({ field }) => (
            <Select
              label="Program"
              required
              allowDeselect={false}
              description={programDescription}
              placeholder="Choose a program"
              data={programOptions}
              value={field.value ? String(field.value) : null}
              onChange={(v) => field.onChange(v ? Number(v) : undefined)}
              error={errors.programId?.message}
            />
          )}
        />
        <TextInput
          type="date"
          label="Start date"
          required
          error={errors.startDate?.message}
          {...register('startDate')}
        />
        <TextInput type="date" label="Planned end" error={errors.plannedEnd?.message} {...register('plannedEnd')} />
        <Controller
          control={control}
          name="cadenceDays"
          render={({ field }) => (
            <NumberInput
              label="Meet at least every (days)"
              description="90 days is once a quarter."
              min={7}
              max={365}
              // Out-of-range numbers stay as typed, so the form can say what is wrong instead of changing them.
              clampBehavior="none"
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              error={errors.cadenceDays?.message}
            />
          )}
        />
        {after}
      </SimpleGrid>
      <Textarea
        label="Notes"
        description="Confidential."
        autosize
        minRows={2}
        error={errors.notes?.message}
        {...register('notes')}
      />
    </>
  );
}
