import { Alert, Checkbox, NumberInput, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { GroupMember } from '@contract/peerGroups';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { FormFooter } from '../forms/FormParts';
import { formatDate } from '../faculty/format';
import { useOperationMutation } from '../api/useOperation';
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
  const [heldOn, setHeldOn] = useState(todayIso());
  const [minutes, setMinutes] = useState<number | string>(defaultMinutes);
  const [topics, setTopics] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [attended, setAttended] = useState<number[]>(members.map((m) => m.person.id));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      await log.mutateAsync({
        mentorshipId,
        peerGroupId,
        heldOn,
        durationMinutes: typeof minutes === 'number' ? minutes : Number.NaN,
        topics,
        notes,
        attendedIds: peerGroupId ? attended : [],
      });
      notifications.show({ color: 'teal', title: 'Meeting logged', message: formatDate(heldOn) });
      onDone();
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) setErrors(error.fields);
      else setFormError(isApiError(error) ? error.message : 'The meeting was not saved. Please try again.');
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Meeting">
      <Stack gap="md">
        {formError && (
          <Alert color="red" title="Not saved">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label="Date"
            required
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            error={errors.heldOn}
          />
          <NumberInput
            label="Length (minutes)"
            required
            min={5}
            max={600}
            step={15}
            value={minutes}
            onChange={setMinutes}
            error={errors.durationMinutes}
          />
        </SimpleGrid>
        <TagsInput
          label="Topics"
          description="Press Enter after each topic."
          value={topics}
          onChange={setTopics}
          error={errors.topics}
        />
        <Textarea
          label="Notes"
          description="Confidential. Kept encrypted and never shown in lists."
          autosize
          minRows={3}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
        />
        {peerGroupId && members.length > 0 && (
          <Checkbox.Group
            label="Who attended"
            value={attended.map(String)}
            onChange={(v) => setAttended(v.map(Number))}
          >
            <SimpleGrid cols={2} mt="xs" spacing={6}>
              {members.map((m) => (
                <Checkbox key={m.person.id} value={String(m.person.id)} label={m.person.name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
        <FormFooter onCancel={onDone} submitLabel="Log meeting" saving={log.isPending} />
      </Stack>
    </form>
  );
}
