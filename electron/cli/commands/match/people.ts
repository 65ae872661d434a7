import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Core } from '../../../core';
import type { Faculty } from '../../../core/faculty/contract';
import type { ProgramWithCounts } from '../../../core/programs/contract';
import type { CliIo } from '../../io';
import { CliError } from '../../failures';

/** Who and which program a `trellis match` command is about. */

/**
 * The mentees listed in a file: email addresses, one a line (commas and
 * semicolons also separate; blank lines and lines starting with # are skipped).
 */
export function emailsInFile(io: CliIo, file: string): string[] {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new CliError('FILE_UNREADABLE', `Cannot read ${file}. Give a text file with one email address a line.`);
  }
  const emails = text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(/[,;\t]/))
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean);
  if (emails.length === 0) throw new CliError('VALIDATION', `${file} lists no email addresses.`);
  return [...new Set(emails)];
}

/** Every person in the directory by email (a few pages of 1,000), for resolving a list at once. */
export async function directoryByEmail(core: Core): Promise<Map<string, Faculty>> {
  const people = new Map<string, Faculty>();
  for (let offset = 0; ; offset += 1000) {
    const page = await core.call('faculty.list', { status: 'all', limit: 1000, offset });
    for (const person of page.rows) people.set(person.email.toLowerCase(), person);
    if (offset + page.rows.length >= page.total) return people;
  }
}

export function idsForEmails(directory: Map<string, Faculty>, emails: string[]): number[] {
  const unknown = emails.filter((email) => !directory.has(email));
  if (unknown.length > 0) {
    throw new CliError(
      'NOT_FOUND',
      `${unknown.length === 1 ? 'This address is' : `${unknown.length} addresses are`} not in the directory: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}. Nothing was matched.`,
    );
  }
  return emails.map((email) => directory.get(email)!.id);
}

/** `--program`, or the one running program whose audience includes this rank, or the only running program. */
export async function programFor(
  core: Core,
  programId: number | undefined,
  mentee?: Faculty,
): Promise<ProgramWithCounts> {
  const programs = await core.call('programs.list', {});
  if (programId !== undefined) {
    const chosen = programs.find((p) => p.id === programId);
    if (!chosen)
      throw new CliError(
        'NOT_FOUND',
        `There is no program ${programId}. See the app’s Programs page for their numbers.`,
      );
    return chosen;
  }
  const running = programs.filter((p) => p.status !== 'closed');
  const forRank = mentee ? running.filter((p) => p.targetRanks.includes(mentee.rank)) : [];
  const [only] = forRank.length === 1 ? forRank : running.length === 1 ? running : [];
  if (only) return only;
  throw new CliError(
    'AMBIGUOUS',
    `Choose the program with --program: ${running.map((p) => `${p.id} (${p.name})`).join(', ') || 'there is no running program'}.`,
  );
}
