import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorMessage, isApiError } from '../api/client';

/**
 * Puts the core's field messages (VALIDATION, CONFLICT, WRONG_PASSPHRASE on a
 * known field) next to the fields they are about, focusing the first one.
 * Returns the message to show above the form when something could not be
 * placed on a field, or null when every problem is shown inline.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  formFields: readonly Path<T>[],
): string | null {
  if (!isApiError(error)) return errorMessage(error);
  let placed = 0;
  let unplaced = false;
  for (const [field, message] of Object.entries(error.fields)) {
    const name = formFields.find((candidate) => candidate === field);
    if (name) {
      setError(name, { type: 'server', message }, { shouldFocus: placed === 0 });
      placed += 1;
    } else {
      unplaced = true;
    }
  }
  return placed === 0 || unplaced ? error.message : null;
}
