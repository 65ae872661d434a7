import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { isJuniorInRank } from '../faculty/people';
import type { PersonRef, Warning } from '../../common/records';
import { mentorshipKindLabels, type MentorshipKind, type MentorshipRow } from './contract';

/**
 * The rules of a mentoring pair. Hard rules throw with a stable code and a
 * sentence staff can act on; soft rules come back as warnings beside the
 * record (seed 004: mentors are usually more senior; a mentor should not
 * carry more mentees than the program suggests).
 */

export function assertNotSelf(mentorId: number, menteeId: number): void {
  if (mentorId === menteeId) {
    const message = 'A person cannot mentor themselves. Choose a different mentor or mentee.';
    throw new TrellisError('SELF_MENTORSHIP', message, { menteeId: message });
  }
}

/**
 * No second pair of the same kind while one is proposed or active. Peers
 * mentor each other, so a peer pair counts in either direction.
 */
export async function assertNoOpenDuplicate(
  db: ReadableDb,
  mentor: PersonRef,
  mentee: PersonRef,
  kind: MentorshipKind,
): Promise<void> {
  const existing = await db
    .selectFrom('mentorships')
    .select(['id', 'status', 'start_date'])
    .where('kind', '=', kind)
    .where('status', '!=', 'ended')
    .where((eb) => {
      const sameWay = eb.and([eb('mentor_id', '=', mentor.id), eb('mentee_id', '=', mentee.id)]);
      if (kind !== 'peer') return sameWay;
      return eb.or([sameWay, eb.and([eb('mentor_id', '=', mentee.id), eb('mentee_id', '=', mentor.id)])]);
    })
    .executeTakeFirst();
  if (!existing) return;
  const role = mentorshipKindLabels[kind].toLowerCase();
  const message =
    existing.status === 'active'
      ? `${mentor.name} is already ${mentee.name}’s ${role} (active since ${existing.start_date}). A pair can have only one open ${role} relationship.`
      : `${mentor.name} and ${mentee.name} already have a proposed ${role} relationship. Activate or end that one instead of adding another.`;
  throw new TrellisError('DUPLICATE_MENTORSHIP', message, { mentorId: message });
}

/** Warnings for a proposed or active pair, computed from the records as they are now. */
export async function mentorshipWarnings(db: ReadableDb, row: MentorshipRow): Promise<Warning[]> {
  if (row.status === 'ended') return [];
  const warnings: Warning[] = [];
  if (row.kind !== 'peer' && isJuniorInRank(row.mentor, row.mentee)) {
    const role = row.kind === 'sponsor' ? 'Sponsors' : 'Mentors';
    warnings.push({
      code: 'MENTOR_JUNIOR_IN_RANK',
      message: `${row.mentor.name} (${row.mentor.rank}) is junior in rank to ${row.mentee.name} (${row.mentee.rank}). ${role} are usually more senior than the person they support.`,
    });
  }
  if (row.kind === 'mentor') {
    const load = await db
      .selectFrom('mentorships')
      .select((eb) => eb.fn.countAll<number>().as('mentees'))
      .where('mentor_id', '=', row.mentor.id)
      .where('kind', '=', 'mentor')
      .where('status', '!=', 'ended')
      .executeTakeFirstOrThrow();
    const program = await db
      .selectFrom('programs')
      .select(['name', 'mentee_warning_threshold'])
      .where('id', '=', row.program.id)
      .executeTakeFirstOrThrow();
    const mentees = Number(load.mentees);
    if (mentees > program.mentee_warning_threshold) {
      warnings.push({
        code: 'MENTOR_OVER_THRESHOLD',
        message: `${row.mentor.name} now mentors ${mentees} people, more than the ${program.mentee_warning_threshold} that ${program.name} suggests for one mentor.`,
      });
    }
  }
  return warnings;
}
