import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormDrawerProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The form; mounted only while the drawer is open, so each opening starts from fresh values. */
  children: ReactNode;
}

/** A side drawer holding a record's form, so the list or the record stays in view behind it. */
export function FormDrawer({ opened, onClose, title, children }: FormDrawerProps) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={640}
      title={title}
      closeButtonProps={{ 'aria-label': 'Close' }}
      // A stray click beside the form must not throw away what was typed; Escape and Cancel still close it.
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && children}
    </Drawer>
  );
}
