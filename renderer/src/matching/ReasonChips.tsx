import { Badge, Group } from '@mantine/core';

/** The reasons a pair scores as it does ("shared: trauma, QI", "inside department", "1 of 3 mentees"). */
export function ReasonChips({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <Group gap={6} aria-label="Reasons">
      {reasons.map((reason) => (
        <Badge key={reason} variant="light" color="gray" tt="none" fw={500}>
          {reason}
        </Badge>
      ))}
    </Group>
  );
}
