import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { ImportProgress } from '@contract/imports';

const phaseLabels: Record<ImportProgress['phase'], string> = {
  reading: 'Reading the file',
  matching: 'Matching rows to people',
  writing: 'Saving the records',
  undoing: 'Undoing',
  done: 'Finishing',
};

/** A long read or write under way: what it is doing, how far it got, and a way to stop it with nothing changed. */
export function ProgressPanel({
  title,
  progress,
  onCancel,
}: {
  title: string;
  progress: ImportProgress | null;
  onCancel: () => void;
}) {
  const percent = progress?.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  const phase = progress ? phaseLabels[progress.phase] : 'Starting';
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Text fw={500}>{title}</Text>
        <Progress
          value={percent ?? 100}
          animated={percent === null}
          striped={percent === null}
          aria-label={`${phase}${percent !== null ? `, ${percent}%` : ''}`}
          size="lg"
          transitionDuration={200}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="import-progress-phase">
            {progress?.cancelled ? 'Cancelling…' : `${phase}${percent !== null ? ` — ${percent}%` : '…'}`}
          </Text>
          <Button variant="default" size="xs" onClick={onCancel} disabled={progress?.cancelled}>
            Cancel
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Cancelling leaves your records exactly as they were.
        </Text>
      </Stack>
    </Paper>
  );
}
