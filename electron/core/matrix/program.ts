import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { ResponsibilityProgress, ResponsibilityStatus, RoleHolder } from './contract';
import { findRole } from './edit';
import { getResponsibility } from './read';

type Db = ReadableDb;

async function assertProgram(db: Db, programId: number): Promise<void> {
  const program = await db.selectFrom('programs').select('id').where('id', '=', programId).executeTakeFirst();
  if (!program) throw new TrellisError('NOT_FOUND', 'That program no longer exists.');
}

/** Records who holds a role in a program: a person from the directory, or an office by name. */
export async function setHolder(
  db: WritableDb,
  input: { programId: number; roleId: number; facultyId?: number | null; officeName?: string | null },
): Promise<RoleHolder> {
  await assertProgram(db, input.programId);
  await findRole(db, input.roleId);
  let facultyName: string | null = null;
  if (input.facultyId) {
    const person = await db.selectFrom('faculty').select('name').where('id', '=', input.facultyId).executeTakeFirst();
    if (!person) throw new TrellisError('NOT_FOUND', 'That person is not in the directory.');
    facultyName = person.name;
  }
  const { id } = await db
    .insertInto('program_role_holders')
    .values({
      program_id: input.programId,
      role_id: input.roleId,
      faculty_id: input.facultyId ?? null,
      office_name: input.facultyId ? null : (input.officeName ?? null),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id,
    roleId: input.roleId,
    facultyId: input.facultyId ?? null,
    facultyName,
    officeName: input.facultyId ? null : (input.officeName ?? null),
  };
}

export async function removeHolder(db: WritableDb, id: number): Promise<number> {
  const holder = await db
    .selectFrom('program_role_holders')
    .select('program_id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!holder) throw new TrellisError('NOT_FOUND', 'That role holder was already removed.');
  await db.deleteFrom('program_role_holders').where('id', '=', id).execute();
  return holder.program_id;
}

export async function setStatus(
  db: WritableDb,
  input: {
    programId: number;
    responsibilityId: number;
    status: ResponsibilityStatus;
    statusDate: string | null;
    note: string | null;
  },
  now: Date,
): Promise<ResponsibilityProgress> {
  await assertProgram(db, input.programId);
  await getResponsibility(db, input.responsibilityId);
  const values = {
    status: input.status,
    status_date: input.statusDate ?? now.toISOString().slice(0, 10),
    note: input.note,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('program_responsibility_status')
    .values({ program_id: input.programId, responsibility_id: input.responsibilityId, ...values })
    .onConflict((oc) => oc.columns(['program_id', 'responsibility_id']).doUpdateSet(values))
    .execute();
  return {
    responsibilityId: input.responsibilityId,
    status: input.status,
    statusDate: values.status_date,
    note: input.note,
  };
}
