import { Alert, Drawer } from '@mantine/core';
import type { ReactNode } from 'react';

/** The side panel every awards form opens in; its content mounts only while open, so each opening starts fresh. */
export function AwardsDrawer({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={560}
      title={title}
      closeButtonProps={{ 'aria-label': 'Close' }}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && children}
    </Drawer>
  );
}

export function NotSaved({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" title="Not saved">
      {message}
    </Alert>
  );
}
