import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { TrellisError } from '../../common/errors';

/** A program that can take new pairs or groups: it exists and is not closed. */
export async function requireOpenProgram(
  db: Kysely<Database>,
  programId: number,
): Promise<{ id: number; name: string }> {
  const program = await db
    .selectFrom('programs')
    .select(['id', 'name', 'status'])
    .where('id', '=', programId)
    .executeTakeFirst();
  if (!program) {
    throw new TrellisError('NOT_FOUND', 'That program does not exist.', { programId: 'Choose a program.' });
  }
  if (program.status === 'closed') {
    const message = `${program.name} is closed. Choose a program that is running or planned.`;
    throw new TrellisError('CONFLICT', message, { programId: message });
  }
  return { id: program.id, name: program.name };
}
