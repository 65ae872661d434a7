import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { PacketProgress } from '@contract/awards/packets';

/** "Building packet 3 of 16" with a bar, and the way out. */
export function RunProgress({ progress, onCancel }: { progress: PacketProgress | null; onCancel: () => void }) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const cancelling = progress?.cancelled ?? false;
  const words = cancelling
    ? 'Stopping…'
    : total === 0
      ? 'Starting…'
      : `Built ${done} of ${total} ${total === 1 ? 'packet' : 'packets'}`;
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {words}
        </Text>
        <Button variant="default" size="xs" onClick={onCancel} disabled={cancelling}>
          Cancel
        </Button>
      </Group>
      <Progress
        value={total === 0 ? 0 : (done / total) * 100}
        aria-label="Packets built"
        animated={!cancelling}
        transitionDuration={200}
      />
    </Stack>
  );
}
