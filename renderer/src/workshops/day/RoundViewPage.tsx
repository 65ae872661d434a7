import { Box, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Workshop } from '@contract/workshops';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { RecordPage } from '../../shell/RecordPage';
import { chime } from './chime';
import { rememberRound, shownRound } from './heldRound';
import { clockText, useRoundTimer, type RoundTimer } from './useRoundTimer';

/** /workshops/:id/rounds: the round view for the room's projector. */
export function RoundViewPage() {
  return (
    <RecordPage operation="workshops.get" noun="workshop" back={{ to: '/workshops', label: 'Workshops' }}>
      {(w) => <RoundView w={w} />}
    </RecordPage>
  );
}

const flashWords = { swap: 'Swap roles', end: 'Time is up' } as const;

/**
 * Full screen for the projector: the round, who sits at which table, and a
 * large countdown that flashes (and chimes, where sound is allowed) at
 * half-time to swap roles and at the end. Keyboard: Space starts and pauses,
 * ← → move between rounds, Escape leaves.
 */
function RoundView({ w }: { w: Workshop }) {
  const navigate = useNavigate();
  const [index, setIndex] = useState(() => Math.min(Math.max((shownRound(w.id) ?? 1) - 1, 0), w.rounds.length - 1));
  const timer = useRoundTimer(w.roundSeconds, w.halfTimeSeconds, (s) => chime(s === 'swap' ? 1 : 2));
  const round = w.rounds[index];
  const leave = () => void navigate(`/workshops/${w.id}`);

  useEffect(() => {
    if (round) rememberRound(w.id, round.number);
  }, [round, w.id]);

  // The whole screen, where the system allows it (the opening click counts as the person's gesture).
  // In full screen the system takes Escape to leave full screen, so leaving it leaves the view too.
  useEffect(() => {
    let shown = true;
    const onChange = () => {
      if (!document.fullscreenElement) void navigate(`/workshops/${w.id}`);
    };
    document.documentElement
      .requestFullscreen?.()
      .then(() => shown && document.addEventListener('fullscreenchange', onChange))
      .catch(() => undefined);
    return () => {
      shown = false;
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [navigate, w.id]);

  const { toggle, reset } = timer;
  useEffect(() => {
    const move = (by: number) => {
      setIndex((i) => Math.min(Math.max(i + by, 0), w.rounds.length - 1));
      reset();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === ' ') toggle();
      else if (event.key === 'ArrowRight') move(1);
      else if (event.key === 'ArrowLeft') move(-1);
      else if (event.key === 'Escape') leave();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!round) {
    return (
      <Stack p="xl">
        <Text>This workshop has no planned rounds yet. Plan the rounds on the workshop’s page first.</Text>
        <Button onClick={leave}>Back to the workshop</Button>
      </Stack>
    );
  }

  const flashing = timer.flashing;
  return (
    <Box
      role="region"
      aria-label="Round view"
      pos="fixed"
      inset={0}
      p="xl"
      style={{
        zIndex: 300,
        overflow: 'auto',
        background: flashing === 'swap' ? '#fff3bf' : flashing === 'end' ? '#ffc9c9' : 'var(--mantine-color-body)',
      }}
    >
      <Stack gap="lg" h="100%">
        <Group justify="space-between" align="flex-start">
          <Stack gap={0}>
            <Title order={1} size={48}>
              Round {round.number} of {w.rounds.length}
            </Title>
            <Text size="xl" c="dimmed">
              {w.title}
            </Text>
          </Stack>
          <Countdown timer={timer} roundMs={w.roundSeconds * 1000} />
        </Group>
        {flashing && (
          <Text
            role="alert"
            ta="center"
            fw={800}
            size="64px"
            c={flashing === 'swap' ? 'yellow.9' : 'red.8'}
            data-testid="round-signal"
          >
            {flashWords[flashing]}
          </Text>
        )}
        <SimpleGrid cols={round.groups.length > 12 ? 4 : round.groups.length > 4 ? 3 : 2} spacing="md">
          {round.groups.map((g) => (
            <Box key={g.table} p="md" bd="1px solid var(--mantine-color-gray-4)" style={{ borderRadius: 8 }}>
              <Text fw={700} size="lg">
                Table {g.table}
              </Text>
              <Text size={round.groups.length > 12 ? 'lg' : 'xl'}>{g.people.map((p) => p.name).join(' · ')}</Text>
            </Box>
          ))}
        </SimpleGrid>
        <Group justify="space-between" mt="auto">
          <Text c="dimmed">Space: start / pause · ← →: rounds · Esc: leave</Text>
          <Group gap="xs">
            <Button variant="default" onClick={leave}>
              Leave
            </Button>
          </Group>
        </Group>
      </Stack>
    </Box>
  );
}

function Countdown({ timer, roundMs }: { timer: RoundTimer; roundMs: number }) {
  const state = timer.finished
    ? 'Time is up: press → for the next round'
    : timer.running
      ? timer.secondHalf
        ? 'Second half: roles swapped'
        : 'First half'
      : timer.remainingMs === roundMs
        ? 'Paused: press Space to start'
        : 'Paused: press Space to go on';
  return (
    <Stack gap={0} align="flex-end">
      <Text
        fw={700}
        ff="monospace"
        lh={1}
        style={{ fontSize: 'min(22vh, 14vw)' }}
        aria-label="Time left"
        data-testid="countdown"
      >
        {clockText(timer.remainingMs)}
      </Text>
      <Text size="xl" c={timer.running ? undefined : 'orange.8'}>
        {state}
      </Text>
    </Stack>
  );
}
