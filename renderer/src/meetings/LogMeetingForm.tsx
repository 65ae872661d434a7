import { Checkbox, NumberInput, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { GroupMember } from '@contract/peerGroups';
import { notifications } from '@mantine/notifications';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../api/useOperation';
import { formatDate } from '../faculty/format';
import { FormFrame } from '../forms/FormParts';
import { useOperationForm } from '../forms/useOperationForm';
import { todayIso } from '../shell/records';

interface Props {
  /** Exactly one of the two. */
  mentorshipId?: number;
  peerGroupId?: number;
  /** Group meetings: who can be marked present (all ticked to start with). */
  members?: GroupMember[];
  defaultMinutes?: number;
  onDone: () => void;
}

/**
 * Logging a meeting takes a few seconds: the date is today and the length is
 * filled in, so only topics and notes are typed, if anything.
 */
export function LogMeetingForm({ mentorshipId, peerGroupId, members = [], defaultMinutes = 60, onDone }: Props) {
  const log = useOperationMutation('meetings.log');
  const { form, errors, formError, submitWith } = useOperationForm('meetings.log', {
    defaultValues: {
      mentorshipId,
      peerGroupId,
      heldOn: todayIso(),
      durationMinutes: defaultMinutes,
      topics: [],
      notes: '',
      attendedIds: peerGroupId ? members.map((m) => m.person.id) : [],
    },
    fields: ['heldOn', 'durationMinutes', 'topics', 'notes', 'attendedIds'],
  });
  const submit = submitWith(async (values) => {
    await log.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Meeting logged', message: formatDate(values.heldOn ?? todayIso()) });
    onDone();
  });

  return (
    <FormFrame
      label="Meeting"
      onSubmit={submit}
      error={formError}
      submitLabel="Log meeting"
      saving={log.isPending}
      onCancel={onDone}
    >
      <SimpleGrid cols={2}>
        <TextInput type="date" label="Date" required error={errors.heldOn?.message} {...form.register('heldOn')} />
        <Controller
          control={form.control}
          name="durationMinutes"
          render={({ field }) => (
            <NumberInput
              label="Length (minutes)"
              required
              min={5}
              max={600}
              step={15}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              onBlur={field.onBlur}
              error={errors.durationMinutes?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="topics"
        render={({ field }) => (
          <TagsInput
            label="Topics"
            description="Press Enter after each topic."
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.topics?.message}
          />
        )}
      />
      <Textarea
        label="Notes"
        description="Confidential. Kept encrypted and never shown in lists."
        autosize
        minRows={3}
        error={errors.notes?.message}
        {...form.register('notes')}
      />
      {peerGroupId && members.length > 0 && (
        <Controller
          control={form.control}
          name="attendedIds"
          render={({ field }) => (
            <Checkbox.Group
              label="Who attended"
              value={(field.value ?? []).map(String)}
              onChange={(v) => field.onChange(v.map(Number))}
            >
              <SimpleGrid cols={2} mt="xs" spacing={6}>
                {members.map((m) => (
                  <Checkbox key={m.person.id} value={String(m.person.id)} label={m.person.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
      )}
    </FormFrame>
  );
}
