import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  icon: Icon;
  /** The one figure that matters ("12 active people"); "…" while it loads. */
  figure: string;
  figureTestId: string;
  /** A line of context and the way to the records behind the figure. */
  children: ReactNode;
}

/** A dashboard card: what kind of record, how many, and where to see them. */
export function SummaryCard({ title, icon: CardIcon, figure, figureTestId, children }: Props) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group gap="xs">
          <CardIcon size={20} aria-hidden />
          <Title order={2} size="h4">
            {title}
          </Title>
        </Group>
        <Text size="xl" fw={600} data-testid={figureTestId}>
          {figure}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}
