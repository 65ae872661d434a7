import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCloseGuard } from './closeGuard';

interface FormDrawerProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The form; mounted only while the drawer is open, so each opening starts from fresh values. */
  children: ReactNode;
}

/** A side drawer holding a record's form, so the list or the record stays in view behind it. */
export function FormDrawer({ opened, onClose, title, children }: FormDrawerProps) {
  const guard = useCloseGuard(onClose);
  return (
    <Drawer
      opened={opened}
      onClose={guard.requestClose}
      position="right"
      size={640}
      title={title}
      closeButtonProps={{ 'aria-label': 'Close' }}
      // A stray click beside the form does nothing; Escape and the close button ask first when something was typed.
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && guard.provide(children)}
    </Drawer>
  );
}
