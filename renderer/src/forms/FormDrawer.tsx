import { Alert, Drawer, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormFooter } from './FormParts';

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

interface DrawerFormProps {
  /** The form's accessible name ("Mentorship details"). */
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** What could not be shown beside a field, shown above the form. */
  error: string | null;
  submitLabel: string;
  saving: boolean;
  onCancel: () => void;
  children: ReactNode;
}

/** The body of a drawer's form: the problem that could not be placed on a field, the fields, then Cancel and save. */
export function DrawerForm({ label, onSubmit, error, submitLabel, saving, onCancel, children }: DrawerFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="md">
        {error && (
          <Alert color="red" title="Not saved">
            {error}
          </Alert>
        )}
        {children}
        <FormFooter onCancel={onCancel} submitLabel={submitLabel} saving={saving} />
      </Stack>
    </form>
  );
}
