import { Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCloseGuard } from './closeGuard';

interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: MantineSize;
  /** The form; mounted only while the modal is open, so each opening starts from fresh values. */
  children: ReactNode;
}

/** A modal holding a short form (log a meeting, end a mentorship); asks before throwing away what was typed. */
export function FormModal({ opened, onClose, title, size, children }: FormModalProps) {
  const guard = useCloseGuard(onClose);
  return (
    <Modal
      opened={opened}
      onClose={guard.requestClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened && guard.provide(children)}
    </Modal>
  );
}
