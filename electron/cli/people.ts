import type { Core } from '../core';
import { TrellisError } from '../common/errors';
import type { Faculty } from '../core/faculty/contract';
import { CliError } from './failures';

/** The person with exactly this email (letter case aside), active or not; the core decides what they may do. */
export async function personByEmail(core: Core, email: string): Promise<Faculty> {
  const wanted = email.trim().toLowerCase();
  const page = await core.call('faculty.list', { search: email.trim(), status: 'all', limit: 1000 });
  const person = page.rows.find((row) => row.email.toLowerCase() === wanted);
  if (!person)
    throw new CliError(
      'NOT_FOUND',
      `No one in the directory has the email ${email.trim()}. Check the spelling, or run "trellis faculty list --search …".`,
    );
  return person;
}

/**
 * Renames a core error's fields to the command's options, so a message says
 * "--faculty: …" rather than "facultyId: …". Fields not in the map keep their name.
 */
export function namedByOption(error: unknown, optionForField: Record<string, string>): unknown {
  if (!(error instanceof TrellisError) || !error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([field, message]) => [optionForField[field] ?? field, message]),
  );
  return new TrellisError(error.code, error.message, fields);
}
