import { Alert, Button, Group } from '@mantine/core';
import { errorMessage, isApiError } from '../api/client';

/** The core's messages per field, to show beside the fields they are about. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return isApiError(error) ? error.fields : {};
}

/** One message for a small form with room for a single line: the first field's, else the error's own. */
export function firstErrorMessage(error: unknown): string {
  return isApiError(error) ? (Object.values(error.fields)[0] ?? error.message) : errorMessage(error);
}

/** A failed save's message, above the form, when it is not about a particular field. */
export function FormAlert({ error }: { error: unknown }) {
  if (!error) return null;
  if (isApiError(error) && Object.keys(error.fields).length > 0) return null;
  return (
    <Alert color="red" title="Not saved">
      {errorMessage(error)}
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
