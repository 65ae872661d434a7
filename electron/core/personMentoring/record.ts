import type { ReadableDb } from '../../../db/handles';
import { sql } from 'kysely';
import { TrellisError } from '../../common/errors';
import type { Rank } from '../../common/ranks';
import type { PersonRef } from '../../common/records';
import type { MentorshipKind, MentorshipStatus, ReviewOutcome } from '../mentorships/contract';
import type { GroupStatus } from '../peerGroups/contract';
import { workshopCounts, workshopsTaken } from './workshops';

type Db = ReadableDb;

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  to: string;
}

/**
 * Everything on record, whenever it happened: an award packet shows the
 * nominee's whole mentoring, where a letter covers the period it is asked for.
 */
export const wholeRecord: Period = { from: '0001-01-01', to: '9999-12-31' };

/** One person this faculty member mentored, sponsored or peer-mentored during the period. */
export interface MenteeRecord {
  mentorshipId: number;
  mentee: PersonRef;
  kind: MentorshipKind;
  program: string;
  startDate: string;
  /** Null while the mentorship continues. */
  endedOn: string | null;
  status: MentorshipStatus;
  meetingsInPeriod: number;
  /** Minutes of those meetings, for the hours an award packet reports. */
  minutesInPeriod: number;
  goalsTotal: number;
  goalsAchieved: number;
  /** The latest annual review's outcome, if any was recorded. */
  lastReviewOutcome: ReviewOutcome | null;
}

export interface FacilitatedGroup {
  groupId: number;
  name: string;
  focus: string;
  program: string;
  startedOn: string;
  status: GroupStatus;
  currentMembers: number;
  meetingsInPeriod: number;
  minutesInPeriod: number;
}

/**
 * A person's mentoring in a period, as their service-portfolio letters and
 * award nomination packets show it: whom they mentored (with dates and
 * outcomes), the groups they facilitated, and the meetings logged and their
 * length. Never confidential text (notes, reasons, goal texts): only names,
 * dates, counts and outcomes.
 */
export interface MentoringRecord {
  person: PersonRef & { email: string };
  period: Period;
  mentees: MenteeRecord[];
  groupsFacilitated: FacilitatedGroup[];
  meetings: { total: number; withMentees: number; inGroups: number; minutes: number };
  /** Partnerships whose goals were agreed and recorded: the substance of a Mentoring Partnership Agreement. */
  agreementsInPlace: number;
  /** Members of the facilitated groups who agreed to both attendance and confidentiality. */
  groupCommitmentsSigned: number;
  /** Speed peer-mentoring workshops taken part in (each participant is both mentor and mentee) and facilitated. */
  workshops: { attended: number; facilitated: number };
}

export async function requirePerson(db: Db, facultyId: number): Promise<MentoringRecord['person']> {
  const person = await db
    .selectFrom('faculty')
    .select(['id', 'name', 'email', 'rank', 'department'])
    .where('id', '=', facultyId)
    .executeTakeFirst();
  if (!person) throw new TrellisError('NOT_FOUND', 'That faculty member is not in the directory.');
  return { ...person, rank: person.rank as Rank };
}

/**
 * Mentorships where the person is the mentor (of any kind) that were under
 * way at some point in the period: started on or before its last day, and
 * not ended before its first. Proposed pairs have not started, so they do not count.
 */
async function menteesInPeriod(db: Db, facultyId: number, period: Period): Promise<MenteeRecord[]> {
  const { from, to } = period;
  const rows = await db
    .selectFrom('mentorships as m')
    .innerJoin('faculty as f', 'f.id', 'm.mentee_id')
    .innerJoin('programs as p', 'p.id', 'm.program_id')
    .select((eb) => [
      'm.id',
      'm.kind',
      'm.status',
      'm.start_date',
      'm.ended_on',
      'p.name as program',
      'f.id as mentee_id',
      'f.name as mentee_name',
      'f.rank as mentee_rank',
      'f.department as mentee_department',
      eb
        .selectFrom('mentorship_goals as goal')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('goal.mentorship_id', '=', 'm.id')
        .as('goals_total'),
      eb
        .selectFrom('mentorship_goals as goal')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('goal.mentorship_id', '=', 'm.id')
        .where('goal.status', '=', 'achieved')
        .as('goals_achieved'),
      eb
        .selectFrom('mentorship_reviews as r')
        .select('r.outcome')
        .whereRef('r.mentorship_id', '=', 'm.id')
        .orderBy('r.reviewed_on', 'desc')
        .orderBy('r.id', 'desc')
        .limit(1)
        .as('last_review_outcome'),
    ])
    .where('m.mentor_id', '=', facultyId)
    .where('m.status', '!=', 'proposed')
    .where('m.start_date', '<=', to)
    .where((eb) => eb.or([eb('m.ended_on', 'is', null), eb('m.ended_on', '>=', from)]))
    .orderBy('m.start_date')
    .orderBy(sql`f.name collate nocase`)
    .execute();
  const meetings = await meetingsInPeriod(
    db,
    'mentorship_id',
    rows.map((r) => r.id),
    period,
  );
  return rows.map((r) => ({
    mentorshipId: r.id,
    mentee: { id: r.mentee_id, name: r.mentee_name, rank: r.mentee_rank as Rank, department: r.mentee_department },
    kind: r.kind as MentorshipKind,
    program: r.program,
    startDate: r.start_date,
    endedOn: r.ended_on,
    status: r.status as MentorshipStatus,
    meetingsInPeriod: meetings.get(r.id)?.count ?? 0,
    minutesInPeriod: meetings.get(r.id)?.minutes ?? 0,
    goalsTotal: Number(r.goals_total ?? 0),
    goalsAchieved: Number(r.goals_achieved ?? 0),
    lastReviewOutcome: (r.last_review_outcome as ReviewOutcome | null) ?? null,
  }));
}

/**
 * Groups the person facilitates or facilitated during the period: started by
 * its last day, and still active or meeting at some point in it (a closed
 * group keeps no closing date, so its meetings show it was running).
 */
async function groupsFacilitatedInPeriod(db: Db, facultyId: number, period: Period): Promise<FacilitatedGroup[]> {
  const rows = await db
    .selectFrom('peer_groups as g')
    .innerJoin('programs as p', 'p.id', 'g.program_id')
    .select((eb) => [
      'g.id',
      'g.name',
      'g.focus',
      'g.started_on',
      'g.status',
      'p.name as program',
      eb
        .selectFrom('peer_group_members as pm')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('pm.group_id', '=', 'g.id')
        .where('pm.left_on', 'is', null)
        .as('members'),
    ])
    .where('g.facilitator_id', '=', facultyId)
    .where('g.started_on', '<=', period.to)
    .orderBy('g.started_on')
    .orderBy('g.name')
    .execute();
  const meetings = await meetingsInPeriod(
    db,
    'peer_group_id',
    rows.map((r) => r.id),
    period,
  );
  return rows
    .map((r) => ({
      groupId: r.id,
      name: r.name,
      focus: r.focus,
      program: r.program,
      startedOn: r.started_on,
      status: r.status as GroupStatus,
      currentMembers: Number(r.members ?? 0),
      meetingsInPeriod: meetings.get(r.id)?.count ?? 0,
      minutesInPeriod: meetings.get(r.id)?.minutes ?? 0,
    }))
    .filter((g) => g.status === 'active' || g.meetingsInPeriod > 0);
}

/** Meetings held in the period and their minutes, per mentorship or per peer group. */
async function meetingsInPeriod(
  db: Db,
  column: 'mentorship_id' | 'peer_group_id',
  ids: number[],
  { from, to }: Period,
): Promise<Map<number, { count: number; minutes: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('meetings')
    .select([
      column,
      (eb) => eb.fn.countAll<number>().as('count'),
      (eb) => eb.fn.sum<number>('duration_minutes').as('minutes'),
    ])
    .where(column, 'in', ids)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .groupBy(column)
    .execute();
  return new Map(rows.map((r) => [Number(r[column]), { count: Number(r.count), minutes: Number(r.minutes ?? 0) }]));
}

async function signedCommitments(db: Db, groupIds: number[]): Promise<number> {
  if (groupIds.length === 0) return 0;
  const row = await db
    .selectFrom('peer_group_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('group_id', 'in', groupIds)
    .where('left_on', 'is', null)
    .where('agreed_attendance', '=', 1)
    .where('agreed_confidentiality', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Everything about one person's mentoring between `from` and `to`; empty lists when there was none. */
export async function mentoringRecord(db: Db, facultyId: number, period: Period): Promise<MentoringRecord> {
  const person = await requirePerson(db, facultyId);
  const [mentees, groupsFacilitated] = await Promise.all([
    menteesInPeriod(db, facultyId, period),
    groupsFacilitatedInPeriod(db, facultyId, period),
  ]);
  const withMentees = mentees.reduce((n, m) => n + m.meetingsInPeriod, 0);
  const inGroups = groupsFacilitated.reduce((n, g) => n + g.meetingsInPeriod, 0);
  const minutes = [...mentees, ...groupsFacilitated].reduce((n, x) => n + x.minutesInPeriod, 0);
  return {
    person,
    period,
    mentees,
    groupsFacilitated,
    meetings: { total: withMentees + inGroups, withMentees, inGroups, minutes },
    agreementsInPlace: mentees.filter((m) => m.goalsTotal > 0).length,
    groupCommitmentsSigned: await signedCommitments(
      db,
      groupsFacilitated.map((g) => g.groupId),
    ),
    workshops: workshopCounts(await workshopsTaken(db, facultyId, period)),
  };
}

/** Mentees, groups facilitated, or peer-mentoring workshops: each is mentoring a letter can document. */
export function hasMentoring(record: MentoringRecord): boolean {
  return (
    record.mentees.length > 0 ||
    record.groupsFacilitated.length > 0 ||
    record.workshops.attended > 0 ||
    record.workshops.facilitated > 0
  );
}
