import { AppShell, Group, NavLink, Text, ThemeIcon } from '@mantine/core';
import { IconPlant2 } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { AutoLock } from '../autoLock/AutoLock';
import { DemoBadge, DemoBanner } from '../databases/DemoMarks';
import { MenuCommands } from '../databases/MenuCommands';
import { LockButton } from './LockButton';
import { navigation } from './navigation';
import { useReturnAfterUnlock } from './placeBeforeLock';

/** The frame around every page once the records are open: name and Lock on top, areas on the left. */
export function AppFrame({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  useReturnAfterUnlock();
  const isCurrent = (path: string) =>
    path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <ThemeIcon variant="light" radius="xl" aria-hidden>
              <IconPlant2 size={18} />
            </ThemeIcon>
            <Text fw={700} size="lg">
              Trellis
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              Faculty mentoring records
            </Text>
            <DemoBadge />
          </Group>
          <LockButton />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {navigation.map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={item.label}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={isCurrent(item.path)}
            aria-current={isCurrent(item.path) ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        <DemoBanner />
        {children}
      </AppShell.Main>
      <AutoLock />
      <MenuCommands />
    </AppShell>
  );
}
