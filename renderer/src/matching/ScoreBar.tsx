import { Group, Progress, Text } from '@mantine/core';

/**
 * A pair's score as a bar and a whole percentage. Scores are kept in
 * thousandths, so a perfect pair can come to 0.999; staff read "100%", not
 * a fraction that looks like a rounding slip.
 */
export function scorePercent(score: number): number {
  return Math.round(score * 100);
}

export function ScoreBar({ score, label }: { score: number; label: string }) {
  const percent = scorePercent(score);
  return (
    <Group gap="xs" wrap="nowrap" w={160}>
      <Progress
        value={percent}
        flex={1}
        size="lg"
        radius="sm"
        color={percent >= 75 ? 'teal' : percent >= 50 ? 'blue' : 'gray'}
        aria-label={label}
        aria-valuetext={`${percent}%`}
      />
      <Text size="sm" fw={600} w={44} ta="right">
        {percent}%
      </Text>
    </Group>
  );
}
