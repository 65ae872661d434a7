import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Workshop } from '@contract/workshops';
import { IconAlertTriangle, IconArrowsShuffle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { useOperationMutation } from '../../api/useOperation';
import { Section } from '../../shell/RecordParts';
import { shownRound } from './heldRound';
import { PlanTable } from './PlanTable';

/**
 * On the day: plan the rounds for the people who are here, and plan the
 * rounds still to come again when someone arrives late or leaves. Rounds
 * already held stay exactly as they were.
 */
export function PlanSection({ w }: { w: Workshop }) {
  const plan = useOperationMutation('workshops.plan');
  const held = shownRound(w.id);
  // After the round the room was last shown; else the first round not planned yet (rounds were added); else all.
  const next = held ? held + 1 : w.rounds.length > 0 && w.rounds.length < w.roundCount ? w.rounds.length + 1 : 1;
  const [fromRound, setFromRound] = useState<number | string>(Math.min(next, w.roundCount));
  const from = typeof fromRound === 'number' ? fromRound : 1;
  const changes = w.plan ? [...w.plan.arrivedSince, ...w.plan.leftSince].length : 0;

  const run = (start: number) =>
    plan.mutate(
      { workshopId: w.id, fromRound: start },
      {
        onSuccess: (planned) =>
          notifications.show({
            color: 'teal',
            title: start === 1 ? 'Rounds planned' : `Rounds ${start}–${planned.roundCount} planned again`,
            message: `${planned.presentCount} people, ${planned.roundCount} rounds.`,
          }),
        onError: (error) => notifications.show({ color: 'red', title: 'Not planned', message: errorMessage(error) }),
      },
    );

  const confirmReplan = () =>
    openConfirmModal({
      title: from === 1 ? 'Plan every round again?' : `Plan rounds ${from}–${w.roundCount} again?`,
      children: (
        <Text size="sm">
          {from === 1
            ? 'Every round gets new pairs for the people here now.'
            : `Rounds 1–${from - 1} stay as they were held. The rounds from ${from} on get new pairs for the people here now.`}{' '}
          Cards and sheets printed before show the old pairs.
        </Text>
      ),
      labels: { confirm: 'Plan again', cancel: 'Cancel' },
      onConfirm: () => run(from),
    });

  return (
    <Section
      title="Rounds"
      action={
        w.rounds.length > 0 && (
          <Button size="xs" component={Link} to={`/workshops/${w.id}/rounds`}>
            Open the round view
          </Button>
        )
      }
    >
      {w.rounds.length === 0 ? (
        <Stack gap="sm" align="flex-start">
          <Text size="sm" c="dimmed">
            {w.presentCount < 2
              ? `Check people in on the Participants tab first: rounds pair the people who are here (${w.presentCount} so far).`
              : `${w.presentCount} people are here. Plan ${w.roundCount} rounds in which nobody meets someone twice or someone they already know.`}
          </Text>
          <Button onClick={() => run(1)} loading={plan.isPending} disabled={w.presentCount < 2}>
            Plan the rounds
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          {w.plan && changes > 0 && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Who is here has changed since the plan">
              {w.plan.arrivedSince.length > 0 && <Text size="sm">Arrived: {w.plan.arrivedSince.join(', ')}.</Text>}
              {w.plan.leftSince.length > 0 && <Text size="sm">Left: {w.plan.leftSince.join(', ')}.</Text>}
              <Text size="sm">Plan the rounds still to come again.</Text>
            </Alert>
          )}
          {w.rounds.length < w.roundCount && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Not every round is planned">
              <Text size="sm">
                The workshop now has {w.roundCount} rounds and {w.rounds.length} are planned. Plan again from round{' '}
                {w.rounds.length + 1}.
              </Text>
            </Alert>
          )}
          <Group align="flex-end">
            <NumberInput
              label="Plan again from round"
              description="Earlier rounds stay as they were held."
              min={1}
              max={w.roundCount}
              allowDecimal={false}
              value={fromRound}
              onChange={setFromRound}
              w={220}
            />
            <Button
              variant={changes > 0 ? 'filled' : 'default'}
              leftSection={<IconArrowsShuffle size={16} />}
              onClick={confirmReplan}
              loading={plan.isPending}
            >
              Re-plan
            </Button>
          </Group>
          <PlanTable w={w} />
        </Stack>
      )}
    </Section>
  );
}
