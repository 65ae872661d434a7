import type { ReadableDb, WritableDb } from '../../../db/handles';
import { sql } from 'kysely';
import { TrellisError, type FieldErrors } from '../../common/errors';
import { paged } from '../paged';
import { escapeLike, foldForSearch } from '../../common/text';
import type { FacultyFacets, FacultyFields, FacultyList, FacultySortField, facultyListInput } from './contract';
import { deriveCareerStage, ranks, type Rank } from '../../common/ranks';
import { toFaculty } from './rows';
import type { z } from 'zod';

type ListInput = z.output<typeof facultyListInput>;

/** Seniority order for sorting by rank (portable SQL CASE, no SQLite-only functions). */
const rankOrder = sql<number>`CASE rank ${sql.join(
  ranks.map((rank, index) => sql`WHEN ${rank} THEN ${index}`),
  sql` `,
)} ELSE ${ranks.length} END`;

const careerStageOrder = sql<number>`CASE career_stage WHEN 'early' THEN 0 WHEN 'mid' THEN 1 ELSE 2 END`;

const sortExpressions: Record<FacultySortField, ReturnType<typeof sql> | string> = {
  // search_text starts with the accent-folded, lower-cased name: "Úlfarsson" sorts with the U's.
  name: 'search_text',
  email: 'email',
  department: 'department',
  rank: rankOrder,
  careerStage: careerStageOrder,
  appointmentStart: 'appointment_start',
};

export async function listFaculty(db: ReadableDb, input: ListInput): Promise<FacultyList> {
  let query = db.selectFrom('faculty');
  for (const token of foldForSearch(input.search ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    query = query.where(sql<boolean>`search_text LIKE ${`%${escapeLike(token)}%`} ESCAPE '\\'`);
  }
  if (input.department) query = query.where('department', '=', input.department);
  if (input.rank) query = query.where('rank', '=', input.rank);
  if (input.careerStage) query = query.where('career_stage', '=', input.careerStage);
  if (input.status !== 'all') query = query.where('active', '=', input.status === 'active' ? 1 : 0);

  const sortBy = sortExpressions[input.sort];
  return paged(
    query.selectAll(),
    input,
    (q) =>
      q
        .orderBy(typeof sortBy === 'string' ? sql.ref(sortBy) : sortBy, input.direction)
        .orderBy('search_text', 'asc')
        .orderBy('id', 'asc'),
    toFaculty,
  );
}

export async function getFaculty(db: ReadableDb, id: number) {
  const row = await db.selectFrom('faculty').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That person is not in the directory. They may have been removed.');
  return toFaculty(row);
}

/** Unique email and employee id, checked up front so the message names the field. */
export async function assertUnique(db: ReadableDb, fields: FacultyFields, exceptId?: number): Promise<void> {
  const errors: FieldErrors = {};
  const sameEmail = await db
    .selectFrom('faculty')
    .select(['id', 'name'])
    .where('email', '=', fields.email)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst();
  if (sameEmail) errors.email = `${fields.email} already belongs to ${sameEmail.name}.`;
  if (fields.employeeId) {
    const sameId = await db
      .selectFrom('faculty')
      .select(['id', 'name'])
      .where('employee_id', '=', fields.employeeId)
      .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
      .executeTakeFirst();
    if (sameId) errors.employeeId = `Employee id ${fields.employeeId} already belongs to ${sameId.name}.`;
  }
  if (Object.keys(errors).length > 0) {
    throw new TrellisError('CONFLICT', 'Someone in the directory already has these details.', errors);
  }
}

export async function facultyFacets(db: ReadableDb): Promise<FacultyFacets> {
  const distinct = async (column: 'department' | 'division' | 'track') =>
    (await db.selectFrom('faculty').select(column).distinct().where(column, 'is not', null).orderBy(column).execute())
      .map((r) => r[column])
      .filter((v): v is string => typeof v === 'string' && v !== '');
  const interestRows = await db.selectFrom('faculty').select('interests').where('interests', '!=', '[]').execute();
  const interests = new Set<string>();
  for (const row of interestRows) for (const tag of JSON.parse(row.interests) as string[]) interests.add(tag);
  return {
    departments: await distinct('department'),
    divisions: await distinct('division'),
    tracks: await distinct('track'),
    interests: [...interests].sort((a, b) => a.localeCompare(b)),
  };
}

/**
 * Derived career stages depend on today's date (years since appointment), so
 * they are refreshed when the records are unlocked. Only derived stages change.
 */
export async function refreshDerivedCareerStages(db: WritableDb, today: Date): Promise<number> {
  const rows = await db
    .selectFrom('faculty')
    .select(['id', 'rank', 'appointment_start', 'career_stage'])
    .where('career_stage_set', '=', 0)
    .execute();
  const changed = rows
    .map((r) => ({
      id: r.id,
      stage: deriveCareerStage(r.rank as Rank, r.appointment_start, today),
      was: r.career_stage,
    }))
    .filter((r) => r.stage !== r.was);
  if (changed.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    for (const { id, stage } of changed) {
      await trx.updateTable('faculty').set({ career_stage: stage }).where('id', '=', id).execute();
    }
  });
  return changed.length;
}
