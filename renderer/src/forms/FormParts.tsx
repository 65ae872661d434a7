import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { errorMessage, isApiError } from '../api/client';

/** One message for a small editor with room for a single line: the first field's, else the error's own. */
export function firstErrorMessage(error: unknown): string {
  return isApiError(error) ? (Object.values(error.fields)[0] ?? error.message) : errorMessage(error);
}

/** A failed save's message, above the form, when it is not about a particular field. */
export function FormAlert({ message, title = 'Not saved' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" title={title}>
      {message}
    </Alert>
  );
}

interface FormFooterProps {
  onCancel: () => void;
  submitLabel: string;
  saving: boolean;
  /** "red" for a save that cannot be undone (ending a mentorship). */
  color?: string;
}

/** Cancel, then the save button, at the end of every form. */
export function FormFooter({ onCancel, submitLabel, saving, color }: FormFooterProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={saving} color={color}>
        {submitLabel}
      </Button>
    </Group>
  );
}

interface FormFrameProps extends FormFooterProps {
  /** The form's accessible name ("Mentorship details"). */
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** What could not be shown beside a field, shown above the form. */
  error: string | null;
  /** The title of that message, when "Not saved" says too little ("The group is full"). */
  errorTitle?: string;
  /** Said before the fields (what the save will do). */
  intro?: ReactNode;
  children: ReactNode;
}

/** A record's form, in a drawer or a dialog: the problem that could not be placed on a field, the fields, then Cancel and save. */
export function FormFrame({ label, onSubmit, error, errorTitle, intro, children, ...footer }: FormFrameProps) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="md">
        {intro}
        <FormAlert message={error} title={errorTitle} />
        {children}
        <FormFooter {...footer} />
      </Stack>
    </form>
  );
}
