import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { assertNotFuture } from '../../common/dateRules';
import type { Clock } from '../../common/isoDates';
import { requireMentorship } from '../mentorships/lifecycle';
import type { RaisedBy } from './contract';

/**
 * Opening a request and moving it into mediation. Resolving is in
 * resolve.ts. The reason is confidential: it is stored, never audited.
 */

export async function openChangeRequest(
  db: WritableDb,
  input: { mentorshipId: number; raisedBy: RaisedBy; raisedOn: string; reason: string },
  clock: Clock,
): Promise<number> {
  const mentorship = await requireMentorship(db, input.mentorshipId);
  if (mentorship.status === 'ended') {
    throw new TrellisError(
      'CONFLICT',
      `This mentorship ended on ${mentorship.ended_on}, so there is nothing to change.`,
    );
  }
  assertNotFuture(input.raisedOn, clock.today, 'raisedOn', 'The date the change was asked for');
  const open = await unresolvedRequestOf(db, input.mentorshipId);
  if (open) {
    throw new TrellisError(
      'CONFLICT',
      `A change request for this mentorship has been open since ${open.raised_on}. Add to that request instead of opening another.`,
    );
  }
  const { id } = await db
    .insertInto('change_requests')
    .values({
      mentorship_id: input.mentorshipId,
      raised_by: input.raisedBy,
      raised_on: input.raisedOn,
      reason: input.reason,
      status: 'open',
      created_at: clock.stamp,
      updated_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The mentorship's request that is still open or in mediation, if any (there is at most one). */
export function unresolvedRequestOf(db: ReadableDb, mentorshipId: number) {
  return db
    .selectFrom('change_requests')
    .select(['id', 'raised_on'])
    .where('mentorship_id', '=', mentorshipId)
    .where('status', '!=', 'resolved')
    .executeTakeFirst();
}

export async function requireUnresolved(db: ReadableDb, id: number) {
  const request = await db
    .selectFrom('change_requests')
    .select(['id', 'mentorship_id', 'status', 'handled_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!request) throw new TrellisError('NOT_FOUND', 'That change request does not exist. It may have been removed.');
  if (request.status === 'resolved') {
    throw new TrellisError('CONFLICT', `This change request was already resolved on ${request.handled_at}.`);
  }
  return request;
}

export async function setChangeRequestStatus(
  db: WritableDb,
  input: { id: number; status: 'open' | 'in_mediation'; handledBy: string },
  clock: Clock,
): Promise<void> {
  await requireUnresolved(db, input.id);
  await db
    .updateTable('change_requests')
    .set({ status: input.status, handled_by: input.handledBy, handled_at: clock.today, updated_at: clock.stamp })
    .where('id', '=', input.id)
    .execute();
}
