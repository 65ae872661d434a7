import type { ReadableDb } from '../../../db/handles';
import type { Selectable } from 'kysely';
import type { MentorshipGoalsTable, MentorshipReviewsTable } from '../../../db/schema';
import { pairOf } from '../faculty/people';
import type {
  Goal,
  GoalStatus,
  MentorshipKind,
  MentorshipRow,
  MentorshipStatus,
  Review,
  ReviewOutcome,
} from './contract';

/**
 * The one SELECT every mentorship list and page starts from: the pair, their
 * people and program, and the date of the last meeting (an index seek on
 * meetings(mentorship_id, held_on)).
 */
export function selectMentorshipRows(db: ReadableDb) {
  return db
    .selectFrom('mentorships as m')
    .innerJoin('faculty as mentor', 'mentor.id', 'm.mentor_id')
    .innerJoin('faculty as mentee', 'mentee.id', 'm.mentee_id')
    .innerJoin('programs as p', 'p.id', 'm.program_id')
    .select((eb) => [
      'm.id',
      'm.kind',
      'm.status',
      'm.program_id',
      'p.name as program_name',
      'm.mentor_id',
      'mentor.name as mentor_name',
      'mentor.rank as mentor_rank',
      'mentor.department as mentor_department',
      'm.mentee_id',
      'mentee.name as mentee_name',
      'mentee.rank as mentee_rank',
      'mentee.department as mentee_department',
      'm.start_date',
      'm.planned_end',
      'm.cadence_days',
      'm.next_review_on',
      'm.ended_on',
      eb
        .selectFrom('meetings as g')
        .select((inner) => inner.fn.max('g.held_on').as('held_on'))
        .whereRef('g.mentorship_id', '=', 'm.id')
        .as('last_meeting_on'),
    ]);
}

export type MentorshipRowData = Awaited<ReturnType<ReturnType<typeof selectMentorshipRows>['executeTakeFirstOrThrow']>>;

export function toMentorshipRow(row: MentorshipRowData): MentorshipRow {
  return {
    id: row.id,
    kind: row.kind as MentorshipKind,
    status: row.status as MentorshipStatus,
    ...pairOf(row),
    program: { id: row.program_id, name: row.program_name },
    startDate: row.start_date,
    plannedEnd: row.planned_end,
    cadenceDays: row.cadence_days,
    nextReviewOn: row.next_review_on,
    endedOn: row.ended_on,
    sameDepartment: row.mentor_department === row.mentee_department,
    lastMeetingOn: row.last_meeting_on ?? null,
  };
}

export function toGoal(row: Selectable<MentorshipGoalsTable>): Goal {
  return {
    id: row.id,
    mentorshipId: row.mentorship_id,
    text: row.text,
    status: row.status as GoalStatus,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toReview(row: Selectable<MentorshipReviewsTable>): Review {
  return {
    id: row.id,
    reviewedOn: row.reviewed_on,
    outcome: row.outcome as ReviewOutcome,
    note: row.note,
    createdAt: row.created_at,
  };
}
