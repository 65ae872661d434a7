import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { goalStatuses, goalStatusLabels, type Goal, type GoalStatus, type Mentorship } from '@contract/mentorships';
import { useState } from 'react';
import { errorMessage } from '../api/client';
import { useOperationMutation } from '../api/useOperation';
import { useOperationForm } from '../forms/useOperationForm';
import { Section } from '../shell/RecordParts';

/** The mentee's goals, one line each: their status changed in place, reworded in place, and new ones added below. */
export function GoalsSection({ m }: { m: Mentorship }) {
  const update = useOperationMutation('mentorships.updateGoal');
  return (
    <Section title="Goals">
      {m.goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          No goals yet. Add the mentee’s goals from their individual career plan, one at a time.
        </Text>
      ) : (
        <Stack gap={6}>
          {m.goals.map((goal) => (
            <Group key={goal.id} justify="space-between" wrap="nowrap">
              <GoalText goal={goal} />
              <Select
                aria-label={`Status of ${goal.text}`}
                size="xs"
                w={160}
                allowDeselect={false}
                data={goalStatuses.map((s) => ({ value: s, label: goalStatusLabels[s] }))}
                value={goal.status}
                onChange={(v) =>
                  update.mutate(
                    { id: goal.id, status: v as GoalStatus },
                    {
                      onError: (e) =>
                        notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
                    },
                  )
                }
              />
            </Group>
          ))}
        </Stack>
      )}
      <AddGoalForm mentorshipId={m.id} />
    </Section>
  );
}

/** One line to add a goal; it empties once the goal is added, ready for the next. */
function AddGoalForm({ mentorshipId }: { mentorshipId: number }) {
  const add = useOperationMutation('mentorships.addGoal');
  const { form, errors, formError, submitWith } = useOperationForm('mentorships.addGoal', {
    defaultValues: { mentorshipId, text: '' },
    fields: ['text'],
  });
  const submit = submitWith(async (values) => {
    await add.mutateAsync(values);
    form.reset({ mentorshipId, text: '' });
  });
  return (
    <form noValidate aria-label="Add a goal" onSubmit={submit}>
      <Group align="flex-start" gap="sm">
        <TextInput
          aria-label="New goal"
          placeholder="e.g. Submit a first R01 application"
          flex={1}
          error={errors.text?.message ?? formError}
          {...form.register('text')}
        />
        <Button type="submit" variant="default" loading={add.isPending}>
          Add goal
        </Button>
      </Group>
    </form>
  );
}

/** A goal's words, reworded in place: "Reword" swaps the text for a field; Enter saves, Escape cancels. */
function GoalText({ goal }: { goal: Goal }) {
  const [rewording, setRewording] = useState(false);
  if (!rewording) {
    return (
      <Group gap="xs" wrap="nowrap" flex={1}>
        <Text size="sm" td={goal.status === 'set_aside' ? 'line-through' : undefined}>
          {goal.text}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={`Reword ${goal.text}`}
          onClick={() => setRewording(true)}
        >
          Reword
        </Button>
      </Group>
    );
  }
  return <RewordGoalForm goal={goal} onDone={() => setRewording(false)} />;
}

function RewordGoalForm({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const update = useOperationMutation('mentorships.updateGoal');
  const { form, errors, formError, submitWith } = useOperationForm('mentorships.updateGoal', {
    defaultValues: { id: goal.id, text: goal.text },
    fields: ['text'],
  });
  const submit = submitWith(async (values) => {
    await update.mutateAsync(values);
    onDone();
  });
  return (
    <form noValidate aria-label={`Reword ${goal.text}`} style={{ flex: 1 }} onSubmit={submit}>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          aria-label="Goal"
          size="xs"
          flex={1}
          autoFocus
          onKeyDown={(e) => {
            if (e.key === 'Escape') onDone();
          }}
          error={errors.text?.message ?? formError}
          {...form.register('text')}
        />
        <Button type="submit" size="xs" loading={update.isPending}>
          Save
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}
