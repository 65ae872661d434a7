import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlant2 } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The calm, centred card used before the records are open: setup, unlock, recovery. */
export function AuthLayout({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" radius="md" p="xl" w="100%" maw={520}>
        <Stack gap="lg">
          <Group gap="xs">
            <ThemeIcon variant="light" size="lg" radius="xl" aria-hidden>
              <IconPlant2 size={20} />
            </ThemeIcon>
            <Text fw={600} c="dimmed">
              Trellis
            </Text>
          </Group>
          <Stack gap="xs">
            <Title order={1} size="h2">
              {title}
            </Title>
            {intro && <Text c="dimmed">{intro}</Text>}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
