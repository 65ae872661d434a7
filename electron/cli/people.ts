import type { Core } from '../core';
import { TrellisError } from '../common/errors';
import type { OperationInput } from '../core/contract';
import type { Faculty } from '../core/faculty/contract';
import { CliError } from './failures';

/** The core's largest page of faculty. */
const pageSize = 1000;

/** Everyone in the directory who matches `filters`, paging through the core's largest page. */
export async function listFaculty(
  core: Core,
  filters: Omit<OperationInput<'faculty.list'>, 'offset' | 'limit'>,
): Promise<Faculty[]> {
  const people: Faculty[] = [];
  for (;;) {
    const page = await core.call('faculty.list', { ...filters, offset: people.length, limit: pageSize });
    people.push(...page.rows);
    if (page.rows.length === 0 || people.length >= page.total) return people;
  }
}

/**
 * Adds the email to a person that a list names by id (a PersonRef, or a
 * record link to a person), so a script can chain the list into commands
 * that find people by email (`documents letter --faculty`, `peer-groups
 * add-member --faculty`). Null only for someone removed from the directory
 * (an import undone) since the list was read.
 */
export async function emailAdder(
  core: Core,
): Promise<<P extends { id: number }>(person: P) => P & { email: string | null }> {
  const emails = new Map((await listFaculty(core, { status: 'all' })).map((person) => [person.id, person.email]));
  return (person) => ({ ...person, email: emails.get(person.id) ?? null });
}

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
