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
import {
  defaultCadenceDays,
  mentorshipCreateInput,
  mentorshipKindLabels,
  mentorshipKinds,
} from '@core/mentorships/contract';
import type { PersonRef } from '@core/mentoring/records';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { applyServerErrors } from '../forms/applyServerErrors';
import { PersonSelect } from './PersonSelect';
import { useMentoringMutation, useMentoringQuery } from './queries';
import { todayIso } from './records';

type Input = z.input<typeof mentorshipCreateInput>;
type Output = z.output<typeof mentorshipCreateInput>;
const formFields = [
  'mentorId',
  'menteeId',
  'kind',
  'programId',
  'startDate',
  'plannedEnd',
  'cadenceDays',
  'notes',
] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Start with this person as the mentee (from their page). */
  mentee?: PersonRef;
  programId?: number;
}

export function CreateMentorshipDrawer({ opened, onClose, mentee, programId }: Props) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={640}
      title="New mentorship"
      closeButtonProps={{ 'aria-label': 'Close' }}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && <MentorshipForm onDone={onClose} mentee={mentee} programId={programId} />}
    </Drawer>
  );
}

function MentorshipForm({ onDone, mentee, programId }: { onDone: () => void; mentee?: PersonRef; programId?: number }) {
  const programs = useMentoringQuery('programs.list', {});
  const create = useMentoringMutation('mentorships.create');
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(mentorshipCreateInput),
    defaultValues: {
      kind: 'mentor',
      menteeId: mentee?.id,
      programId,
      startDate: todayIso(),
      plannedEnd: '',
      cadenceDays: defaultCadenceDays,
      notes: '',
      status: 'active',
    },
  });
  const { control, register, formState } = form;
  const errors = formState.errors;
  const openPrograms = (programs.data ?? []).filter((p) => p.status !== 'closed');

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const saved = await create.mutateAsync(fields);
      notifications.show({
        color: saved.warnings.length > 0 ? 'yellow' : 'teal',
        title: 'Mentorship added',
        message:
          saved.warnings.length > 0
            ? `${saved.mentor.name} with ${saved.mentee.name}. Please read the note on its page.`
            : `${saved.mentor.name} with ${saved.mentee.name}`,
      });
      onDone();
      void navigate(`/mentorships/${saved.id}`);
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
            name="mentorId"
            render={({ field }) => (
              <PersonSelect
                label="Mentor"
                required
                autoFocus
                value={field.value}
                onChange={(id) => field.onChange(id ?? undefined)}
                error={errors.mentorId?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="menteeId"
            render={({ field }) => (
              <PersonSelect
                label="Mentee"
                required
                initial={mentee}
                value={field.value}
                onChange={(id) => field.onChange(id ?? undefined)}
                error={errors.menteeId?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select
                label="Kind"
                required
                allowDeselect={false}
                description="A mentor talks with you; a sponsor talks about you."
                data={mentorshipKinds.map((k) => ({ value: k, label: mentorshipKindLabels[k] }))}
                value={field.value ?? 'mentor'}
                onChange={(v) => field.onChange(v)}
                error={errors.kind?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="programId"
            render={({ field }) => (
              <Select
                label="Program"
                required
                allowDeselect={false}
                description=" "
                placeholder="Choose a program"
                data={openPrograms.map((p) => ({ value: String(p.id), label: p.name }))}
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
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                error={errors.cadenceDays?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="status"
            render={({ field }) => (
              <Select
                label="Status"
                description="Proposed pairs have not agreed yet."
                allowDeselect={false}
                data={[
                  { value: 'active', label: 'Active' },
                  { value: 'proposed', label: 'Proposed' },
                ]}
                value={field.value ?? 'active'}
                onChange={(v) => field.onChange(v)}
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
          <Button type="submit" loading={create.isPending}>
            Add mentorship
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
