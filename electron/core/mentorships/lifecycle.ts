import type { ReadableDb, WritableDb } from '../../../db/handles';
import type { z } from 'zod';
import { TrellisError } from '../../common/errors';
import { assertNotBefore, assertNotFuture } from '../../common/dateRules';
import { addYears, type Clock } from '../../common/isoDates';
import { requireActivePerson } from '../faculty/people';
import { requireOpenProgram } from '../programs/openProgram';
import type { mentorshipCreateInput, MentorshipStatus, mentorshipUpdateInput } from './contract';
import { assertNoOpenDuplicate, assertNotSelf } from './rules';

/**
 * The life of a pair: proposed → active → ended. Plain functions over a
 * transaction, so change requests and reviews can end one pair and start
 * another inside the same write.
 *
 * Annual reconsideration (seed 004): an active pair's next review is one year
 * after it starts, and one year after each review.
 */

export type NewMentorship = z.output<typeof mentorshipCreateInput>;
export type MentorshipChanges = z.output<typeof mentorshipUpdateInput>;

interface StoredMentorship {
  id: number;
  program_id: number;
  status: MentorshipStatus;
  start_date: string;
  ended_on: string | null;
}

export async function requireMentorship(db: ReadableDb, id: number): Promise<StoredMentorship> {
  const row = await db
    .selectFrom('mentorships')
    .select(['id', 'program_id', 'status', 'start_date', 'ended_on'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That mentorship does not exist. It may have been removed.');
  return { ...row, status: row.status as MentorshipStatus };
}

export async function createMentorship(db: WritableDb, fields: NewMentorship, clock: Clock): Promise<number> {
  assertNotSelf(fields.mentorId, fields.menteeId);
  await requireOpenProgram(db, fields.programId);
  const mentor = await requireActivePerson(db, fields.mentorId, 'mentorId');
  const mentee = await requireActivePerson(db, fields.menteeId, 'menteeId');
  await assertNoOpenDuplicate(db, mentor, mentee, fields.kind);
  const { id } = await db
    .insertInto('mentorships')
    .values({
      mentor_id: mentor.id,
      mentee_id: mentee.id,
      kind: fields.kind,
      program_id: fields.programId,
      start_date: fields.startDate,
      planned_end: fields.plannedEnd,
      cadence_days: fields.cadenceDays,
      status: fields.status,
      next_review_on: fields.status === 'active' ? addYears(fields.startDate, 1) : null,
      notes: fields.notes,
      created_at: clock.stamp,
      updated_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function activateMentorship(
  db: WritableDb,
  id: number,
  startDate: string | undefined,
  clock: Clock,
): Promise<void> {
  const current = await requireMentorship(db, id);
  if (current.status !== 'proposed') {
    throw new TrellisError(
      'CONFLICT',
      current.status === 'active'
        ? 'This mentorship is already active.'
        : 'This mentorship has ended; start a new one instead.',
    );
  }
  const start = startDate ?? current.start_date;
  await db
    .updateTable('mentorships')
    .set({ status: 'active', start_date: start, next_review_on: addYears(start, 1), updated_at: clock.stamp })
    .where('id', '=', id)
    .execute();
}

export async function endMentorship(
  db: WritableDb,
  id: number,
  endedOn: string,
  reason: string,
  clock: Clock,
): Promise<void> {
  const current = await requireMentorship(db, id);
  if (current.status === 'ended') {
    throw new TrellisError('CONFLICT', `This mentorship already ended on ${current.ended_on}.`);
  }
  assertNotFuture(endedOn, clock.today, 'endedOn', 'The end date');
  // A proposal that never started may be withdrawn before its planned start.
  if (current.status === 'active') {
    assertNotBefore(
      endedOn,
      current.start_date,
      'endedOn',
      `The end date cannot be before the start (${current.start_date}).`,
    );
  }
  await db
    .updateTable('mentorships')
    .set({ status: 'ended', ended_on: endedOn, end_reason: reason, next_review_on: null, updated_at: clock.stamp })
    .where('id', '=', id)
    .execute();
}

/**
 * The people and the kind of a pair never change here: a different mentor is
 * a change request. While no review has been recorded, the first review
 * follows the start date.
 */
export async function updateMentorship(db: WritableDb, input: MentorshipChanges, clock: Clock): Promise<void> {
  const current = await requireMentorship(db, input.id);
  if (current.program_id !== input.programId) await requireOpenProgram(db, input.programId);
  if (current.ended_on && input.startDate > current.ended_on) {
    const message = `This mentorship ended on ${current.ended_on}; its start cannot be later.`;
    throw new TrellisError('VALIDATION', message, { startDate: message });
  }
  const reviewed = await db
    .selectFrom('mentorship_reviews')
    .select('id')
    .where('mentorship_id', '=', input.id)
    .executeTakeFirst();
  await db
    .updateTable('mentorships')
    .set({
      program_id: input.programId,
      start_date: input.startDate,
      planned_end: input.plannedEnd,
      cadence_days: input.cadenceDays,
      notes: input.notes,
      ...(current.status === 'active' && !reviewed ? { next_review_on: addYears(input.startDate, 1) } : {}),
      updated_at: clock.stamp,
    })
    .where('id', '=', input.id)
    .execute();
}
