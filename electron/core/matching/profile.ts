import type { z } from 'zod';
import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { supportingKinds } from '../../common/mentorshipTerms';
import type { Rank } from '../../common/ranks';
import type { PersonRef } from '../../common/records';
import type { availabilityInput, MatchingProfile, reportsToInput, requestInput } from './contract';
import { inChunks } from './roster';

/**
 * What one person has said about mentoring: whether they are available and
 * how many mentees they take, whom they report to, and (as a mentee) what
 * they asked for.
 */

async function requirePerson(db: ReadableDb, id: number, field: string): Promise<PersonRef> {
  const row = await db
    .selectFrom('faculty')
    .select(['id', 'name', 'rank', 'department'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new TrellisError('NOT_FOUND', 'That person is not in the directory.', {
      [field]: 'Choose someone from the directory.',
    });
  return { ...row, rank: row.rank as Rank };
}

export async function peopleRefs(db: ReadableDb, ids: readonly number[]): Promise<Map<number, PersonRef>> {
  const rows = await inChunks([...new Set(ids)], (chunk) =>
    db.selectFrom('faculty').select(['id', 'name', 'rank', 'department']).where('id', 'in', chunk).execute(),
  );
  return new Map(rows.map((r) => [r.id, { ...r, rank: r.rank as Rank }]));
}

export async function getProfile(db: ReadableDb, facultyId: number): Promise<MatchingProfile> {
  await requirePerson(db, facultyId, 'facultyId');
  const availability = await db
    .selectFrom('mentor_availability')
    .selectAll()
    .where('faculty_id', '=', facultyId)
    .executeTakeFirst();
  const load = await db
    .selectFrom('mentorships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('mentor_id', '=', facultyId)
    .where('status', 'in', ['proposed', 'active'])
    .where('kind', 'in', supportingKinds)
    .executeTakeFirstOrThrow();
  const lines = await db.selectFrom('faculty_reports_to').selectAll().where('faculty_id', '=', facultyId).execute();
  const request = await db
    .selectFrom('mentee_requests')
    .selectAll()
    .where('mentee_id', '=', facultyId)
    .executeTakeFirst();
  const named = request ? (JSON.parse(request.mentor_ids) as number[]) : [];
  const refs = await peopleRefs(db, [...lines.map((l) => l.manager_id), ...named]);
  const manager = (relation: string) => {
    const line = lines.find((l) => l.relation === relation);
    return line ? (refs.get(line.manager_id) ?? null) : null;
  };
  return {
    facultyId,
    availableToMentor: availability ? availability.available === 1 : true,
    capacity: availability?.capacity ?? null,
    menteesNow: Number(load.n),
    supervisor: manager('supervisor'),
    chair: manager('chair'),
    request: request
      ? {
          mentors: named.map((id) => refs.get(id)).filter((p): p is PersonRef => p !== undefined),
          department: request.department,
          topics: JSON.parse(request.topics) as string[],
          note: request.note,
          source: request.source as 'office' | 'survey',
          updatedAt: request.updated_at,
        }
      : null,
  };
}

export async function setAvailability(db: WritableDb, input: z.output<typeof availabilityInput>, stamp: string) {
  await requirePerson(db, input.facultyId, 'facultyId');
  const values = { available: input.availableToMentor ? 1 : 0, capacity: input.capacity, updated_at: stamp };
  await db
    .insertInto('mentor_availability')
    .values({ faculty_id: input.facultyId, ...values })
    .onConflict((oc) => oc.column('faculty_id').doUpdateSet(values))
    .execute();
}

export async function setReportsTo(db: WritableDb, input: z.output<typeof reportsToInput>, stamp: string) {
  await requirePerson(db, input.facultyId, 'facultyId');
  await db.deleteFrom('faculty_reports_to').where('faculty_id', '=', input.facultyId).execute();
  for (const [relation, managerId] of [
    ['supervisor', input.supervisorId],
    ['chair', input.chairId],
  ] as const) {
    if (managerId === null) continue;
    await requirePerson(db, managerId, `${relation}Id`);
    await db
      .insertInto('faculty_reports_to')
      .values({ faculty_id: input.facultyId, relation, manager_id: managerId, updated_at: stamp })
      .execute();
  }
}

/** Saves what a mentee asked for; an empty request removes it. */
export async function setRequest(db: WritableDb, input: z.output<typeof requestInput>, stamp: string) {
  await requirePerson(db, input.menteeId, 'menteeId');
  const mentorIds = [...new Set(input.mentorIds)];
  if (mentorIds.includes(input.menteeId)) {
    const message = 'A mentee cannot ask for themselves as mentor.';
    throw new TrellisError('VALIDATION', message, { mentorIds: message });
  }
  const known = await peopleRefs(db, mentorIds);
  if (known.size !== mentorIds.length)
    throw new TrellisError('NOT_FOUND', 'Someone named in the request is not in the directory.', {
      mentorIds: 'Choose people from the directory.',
    });
  await db.deleteFrom('mentee_requests').where('mentee_id', '=', input.menteeId).execute();
  if (mentorIds.length === 0 && input.department === null && input.topics.length === 0 && input.note === null) return;
  await db
    .insertInto('mentee_requests')
    .values({
      mentee_id: input.menteeId,
      mentor_ids: JSON.stringify(mentorIds),
      department: input.department,
      topics: JSON.stringify(input.topics),
      note: input.note,
      source: input.source,
      updated_at: stamp,
    })
    .execute();
}
