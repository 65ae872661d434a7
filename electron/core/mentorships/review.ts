import type { WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { assertNotBefore, assertNotFuture } from '../../common/dateRules';
import { addYears, type Clock } from '../../common/isoDates';
import type { ReviewOutcome } from './contract';
import { endMentorship, requireMentorship } from './lifecycle';

export interface ReviewResult {
  reviewId: number;
  changeRequestId: number | null;
}

/**
 * Records the annual reconsideration of an active pair (seed 004) and sets
 * what happens next:
 *
 * - continue: the next review is a year after this one;
 * - end: the pair ends on the review date;
 * - change: the pair stays active and a change request is opened (raised by
 *   the office, linked to this review), because changing a mentor is handled
 *   confidentially by the Vice Chair through the change-request steps — the
 *   new mentor is chosen when that request is resolved. The next review
 *   still moves a year on, so the dashboard lists the open request rather
 *   than a review that was in fact done.
 */
export async function recordReview(
  db: WritableDb,
  input: { id: number; reviewedOn: string; outcome: ReviewOutcome; note: string | null },
  clock: Clock,
): Promise<ReviewResult> {
  const current = await requireMentorship(db, input.id);
  if (current.status !== 'active') {
    throw new TrellisError(
      'CONFLICT',
      current.status === 'proposed'
        ? 'This mentorship has not started yet, so it has no annual review. Activate it first.'
        : `This mentorship ended on ${current.ended_on}, so it has no further reviews.`,
    );
  }
  assertNotFuture(input.reviewedOn, clock.today, 'reviewedOn', 'The review date');
  assertNotBefore(
    input.reviewedOn,
    current.start_date,
    'reviewedOn',
    `The review date cannot be before the mentorship started (${current.start_date}).`,
  );

  const { id: reviewId } = await db
    .insertInto('mentorship_reviews')
    .values({
      mentorship_id: input.id,
      reviewed_on: input.reviewedOn,
      outcome: input.outcome,
      note: input.note,
      created_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  if (input.outcome === 'end') {
    await endMentorship(db, input.id, input.reviewedOn, 'Ended at the annual review.', clock);
    return { reviewId, changeRequestId: null };
  }

  await db
    .updateTable('mentorships')
    .set({ next_review_on: addYears(input.reviewedOn, 1), updated_at: clock.stamp })
    .where('id', '=', input.id)
    .execute();
  if (input.outcome === 'continue') return { reviewId, changeRequestId: null };
  return { reviewId, changeRequestId: await openChangeFromReview(db, input.id, reviewId, input, clock) };
}

/** Reuses a request that is already open for the pair rather than opening a second one. */
async function openChangeFromReview(
  db: WritableDb,
  mentorshipId: number,
  reviewId: number,
  input: { reviewedOn: string; note: string | null },
  clock: Clock,
): Promise<number> {
  const open = await db
    .selectFrom('change_requests')
    .select('id')
    .where('mentorship_id', '=', mentorshipId)
    .where('status', '!=', 'resolved')
    .executeTakeFirst();
  if (open) return open.id;
  const { id } = await db
    .insertInto('change_requests')
    .values({
      mentorship_id: mentorshipId,
      raised_by: 'office',
      raised_on: input.reviewedOn,
      reason: input.note ?? 'The annual review recommended changing this pair.',
      status: 'open',
      review_id: reviewId,
      created_at: clock.stamp,
      updated_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
