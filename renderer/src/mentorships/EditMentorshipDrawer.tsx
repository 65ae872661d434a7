import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Drawer,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { mentorshipUpdateInput, type Mentorship } from '@core/mentorships/contract';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '../forms/applyServerErrors';
import { useMentoringMutation, useMentoringQuery } from './queries';

type Input = z.input<typeof mentorshipUpdateInput>;
type Output = z.output<typeof mentorshipUpdateInput>;
const formFields = ['programId', 'startDate', 'plannedEnd', 'cadenceDays', 'notes'] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
  mentorship: Mentorship;
}

/** Edits the details of an existing pair: program, dates, cadence and notes. */
export function EditMentorshipDrawer({ opened, onClose, mentorship }: Props) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={640}
      title="Edit mentorship details"
      closeButtonProps={{ 'aria-label': 'Close' }}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && <EditForm m={mentorship} onDone={onClose} />}
    </Drawer>
  );
}

function EditForm({ m, onDone }: { m: Mentorship; onDone: () => void }) {
  const programs = useMentoringQuery('programs.list', {});
  const update = useMentoringMutation('mentorships.update');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(mentorshipUpdateInput),
    defaultValues: {
      id: m.id,
      programId: m.program.id,
      startDate: m.startDate,
      plannedEnd: m.plannedEnd ?? '',
      cadenceDays: m.cadenceDays,
      notes: m.notes ?? '',
    },
  });
  const { control, register, formState } = form;
  const errors = formState.errors;
  // Closed programs cannot take new pairs, but the pair's own program stays on the list.
  const choices = (programs.data ?? []).filter((p) => p.status !== 'closed' || p.id === m.program.id);
  const programOptions = choices.some((p) => p.id === m.program.id)
    ? choices.map((p) => ({ value: String(p.id), label: p.name }))
    : [
        { value: String(m.program.id), label: m.program.name },
        ...choices.map((p) => ({ value: String(p.id), label: p.name })),
      ];

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync(fields);
      notifications.show({
        color: saved.warnings.length > 0 ? 'yellow' : 'teal',
        title: 'Mentorship saved',
        message: `${saved.mentor.name} with ${saved.mentee.name}`,
      });
      onDone();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, formFields));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Mentorship details">
      <Stack gap="md">
        {formError && (
          <Alert color="red" title="Not saved">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <Controller
            control={control}
            name="programId"
            render={({ field }) => (
              <Select
                label="Program"
                required
                allowDeselect={false}
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
                clampBehavior="none"
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                error={errors.cadenceDays?.message}
              />
            )}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          description="Confidential."
          autosize
          minRows={2}
          error={errors.notes?.message}
          {...register('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
