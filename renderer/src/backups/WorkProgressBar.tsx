import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { WorkProgress } from '@contract/work';

/** The step long work is in ("backing up", "exporting"), with a bar and the way out. */
export function WorkProgressBar({
  label,
  progress,
  onCancel,
}: {
  label: string;
  progress: WorkProgress | null;
  onCancel: () => void;
}) {
  const cancelling = progress?.cancelled ?? false;
  const total = progress?.total ?? null;
  const share = total ? Math.min(100, ((progress?.done ?? 0) / total) * 100) : 100;
  const phase = progress?.phase ?? 'starting';
  const words = cancelling ? 'Stopping…' : `${phase.charAt(0).toUpperCase()}${phase.slice(1)}…`;
  return (
    <Stack gap={6} maw={560}>
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {words}
        </Text>
        <Button variant="default" size="xs" onClick={onCancel} disabled={cancelling}>
          Cancel
        </Button>
      </Group>
      <Progress value={share} aria-label={label} animated={!cancelling} striped={total === null} />
    </Stack>
  );
}
