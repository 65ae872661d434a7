import { Progress, Stack, Text } from '@mantine/core';
import type { ProgressCount } from '@contract/matrix';

/** "3 of 9 done" and a small bar; responsibilities marked not applicable are left out of the count. */
export function ProgressSummary({ count, label }: { count: ProgressCount | undefined; label: string }) {
  const counted = (count?.total ?? 0) - (count?.notApplicable ?? 0);
  const done = count?.done ?? 0;
  const text = counted > 0 ? `${done} of ${counted} done` : 'Nothing to do yet';
  return (
    <Stack gap={2} mt={6} aria-label={`Progress of ${label}`} role="group">
      <Text size="xs" c="dimmed" data-testid="progress-text">
        {text}
      </Text>
      <Progress value={counted > 0 ? (done / counted) * 100 : 0} size="sm" color="teal" aria-hidden />
    </Stack>
  );
}
