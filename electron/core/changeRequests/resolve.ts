import type { WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import type { MentorshipKind } from '../mentorships/contract';
import { createMentorship, endMentorship } from '../mentorships/lifecycle';
import type { ChangeRequestResolution } from './contract';
import { requireUnresolved } from './steps';

export interface Resolution {
  id: number;
  resolution: ChangeRequestResolution;
  resolvedOn: string;
  handledBy: string;
  note: string | null;
  newMentorId?: number | undefined;
}

export interface ResolutionOutcome {
  endedMentorshipId: number | null;
  newMentorshipId: number | null;
}

/**
 * Closes a request. Runs inside the caller's transaction, so "changed" is one
 * step: the old pair ends, the mentee's new pair starts the same day (same
 * kind, program and meeting cadence), the mentee's unfinished goals move to
 * it, and the request links to it — or, if any rule refuses the new pair,
 * nothing at all changes.
 */
export async function resolveChangeRequest(
  db: WritableDb,
  input: Resolution,
  clock: Clock,
): Promise<ResolutionOutcome> {
  const request = await requireUnresolved(db, input.id);
  const old = await db
    .selectFrom('mentorships')
    .select(['id', 'mentor_id', 'mentee_id', 'kind', 'program_id', 'cadence_days', 'status'])
    .where('id', '=', request.mentorship_id)
    .executeTakeFirstOrThrow();

  if (input.resolution === 'changed' && input.newMentorId === old.mentor_id) {
    const message = 'Choose a different mentor: this is the person the request asked to change.';
    throw new TrellisError('VALIDATION', message, { newMentorId: message });
  }

  let endedMentorshipId: number | null = null;
  let newMentorshipId: number | null = null;
  if (input.resolution !== 'kept' && old.status !== 'ended') {
    const reason =
      input.resolution === 'changed'
        ? `Changed to a new pair through change request #${input.id}.`
        : `Ended through change request #${input.id}.`;
    await endMentorship(db, old.id, input.resolvedOn, reason, clock);
    endedMentorshipId = old.id;
  }
  if (input.resolution === 'changed') {
    newMentorshipId = await createMentorship(
      db,
      {
        mentorId: input.newMentorId!,
        menteeId: old.mentee_id,
        kind: old.kind as MentorshipKind,
        programId: old.program_id,
        startDate: input.resolvedOn,
        plannedEnd: null,
        cadenceDays: old.cadence_days,
        notes: null,
        status: 'active',
      },
      clock,
    );
    await carryOverOpenGoals(db, old.id, newMentorshipId, clock);
  }

  await db
    .updateTable('change_requests')
    .set({
      status: 'resolved',
      resolution: input.resolution,
      resolution_note: input.note,
      handled_by: input.handledBy,
      handled_at: input.resolvedOn,
      new_mentorship_id: newMentorshipId,
      updated_at: clock.stamp,
    })
    .where('id', '=', input.id)
    .execute();
  return { endedMentorshipId, newMentorshipId };
}

/** The goals belong to the mentee's career plan, not to one mentor: unfinished ones follow the mentee. */
async function carryOverOpenGoals(db: WritableDb, fromId: number, toId: number, clock: Clock): Promise<void> {
  const goals = await db
    .selectFrom('mentorship_goals')
    .select(['text', 'status', 'position'])
    .where('mentorship_id', '=', fromId)
    .where('status', 'in', ['not_started', 'in_progress'])
    .orderBy('position')
    .execute();
  if (goals.length === 0) return;
  await db
    .insertInto('mentorship_goals')
    .values(
      goals.map((goal, index) => ({
        mentorship_id: toId,
        text: goal.text,
        status: goal.status,
        position: index,
        created_at: clock.stamp,
        updated_at: clock.stamp,
      })),
    )
    .execute();
}
