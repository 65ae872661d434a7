import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { mentorshipKindLabels, type MentorshipKind } from '../../mentorships/contract';

export interface RecordMentee {
  menteeId: number;
  name: string;
  rank: string;
  department: string;
  kind: string;
  startDate: string;
  endedOn: string | null;
  /** What came of it, without confidential text: status and goals achieved (never goal texts or end reasons). */
  outcome: string;
  meetings: number;
}

export interface RecordGroup {
  name: string;
  focus: string;
  startedOn: string;
  status: string;
  members: number;
  meetings: number;
}

/** The nominee's mentoring as Trellis holds it: the packet's evidence section. */
export interface NomineeRecord {
  mentees: RecordMentee[];
  groups: RecordGroup[];
  meetings: number;
  meetingMinutes: number;
  /** Mentorship periods, for matching survey answers to the time a mentee was mentored. */
  periods: { menteeId: number; from: string; to: string | null }[];
}

/**
 * Mentees (as mentor, sponsor or peer mentor), the peer groups the nominee
 * facilitates and the meetings logged for both. Kept small on purpose: the
 * documents' general mentoring record may replace it.
 */
export async function nomineeRecord(db: Kysely<Database>, facultyId: number): Promise<NomineeRecord> {
  const mentorships = await db
    .selectFrom('mentorships as m')
    .innerJoin('faculty as f', 'f.id', 'm.mentee_id')
    .select([
      'm.id',
      'm.mentee_id',
      'm.kind',
      'm.start_date',
      'm.ended_on',
      'm.status',
      'f.name',
      'f.rank',
      'f.department',
    ])
    .where('m.mentor_id', '=', facultyId)
    .orderBy('m.start_date')
    .orderBy('f.name')
    .execute();

  const groups = await db
    .selectFrom('peer_groups as p')
    .select(['p.id', 'p.name', 'p.focus', 'p.started_on', 'p.status'])
    .select((eb) =>
      eb
        .selectFrom('peer_group_members as pm')
        .whereRef('pm.group_id', '=', 'p.id')
        .where('pm.left_on', 'is', null)
        .select((g) => g.fn.countAll<number>().as('n'))
        .as('members'),
    )
    .where('p.facilitator_id', '=', facultyId)
    .orderBy('p.started_on')
    .execute();

  const goals = await goalTotals(
    db,
    mentorships.map((m) => m.id),
  );
  const pairMeetings = await meetingTotals(
    db,
    'mentorship_id',
    mentorships.map((m) => m.id),
  );
  const groupMeetings = await meetingTotals(
    db,
    'peer_group_id',
    groups.map((g) => g.id),
  );
  const all = [...pairMeetings.values(), ...groupMeetings.values()];
  return {
    mentees: mentorships.map((m) => ({
      menteeId: m.mentee_id,
      name: m.name,
      rank: m.rank,
      department: m.department,
      kind: mentorshipKindLabels[m.kind as MentorshipKind] ?? m.kind,
      startDate: m.start_date,
      endedOn: m.ended_on,
      outcome: outcomeOf(m.status, m.ended_on, goals.get(m.id) ?? { goals: 0, achieved: 0 }),
      meetings: pairMeetings.get(m.id)?.count ?? 0,
    })),
    groups: groups.map((g) => ({
      name: g.name,
      focus: g.focus,
      startedOn: g.started_on,
      status: g.status === 'active' ? 'Active' : 'Closed',
      members: Number(g.members ?? 0),
      meetings: groupMeetings.get(g.id)?.count ?? 0,
    })),
    meetings: all.reduce((n, t) => n + t.count, 0),
    meetingMinutes: all.reduce((n, t) => n + t.minutes, 0),
    periods: mentorships.map((m) => ({ menteeId: m.mentee_id, from: m.start_date, to: m.ended_on })),
  };
}

/** Goals set and goals achieved, per mentorship (their texts stay out of the packet). */
async function goalTotals(
  db: Kysely<Database>,
  ids: number[],
): Promise<Map<number, { goals: number; achieved: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('mentorship_goals')
    .select([
      'mentorship_id',
      (eb) => eb.fn.countAll<number>().as('goals'),
      sql<number>`sum(case when status = 'achieved' then 1 else 0 end)`.as('achieved'),
    ])
    .where('mentorship_id', 'in', ids)
    .groupBy('mentorship_id')
    .execute();
  return new Map(rows.map((r) => [r.mentorship_id, { goals: Number(r.goals), achieved: Number(r.achieved) }]));
}

/** Meetings logged and their minutes, per mentorship or per group. */
async function meetingTotals(
  db: Kysely<Database>,
  column: 'mentorship_id' | 'peer_group_id',
  ids: number[],
): Promise<Map<number, { count: number; minutes: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('meetings')
    .select([column, (eb) => eb.fn.countAll<number>().as('count'), sql<number>`sum(duration_minutes)`.as('minutes')])
    .where(column, 'in', ids)
    .groupBy(column)
    .execute();
  return new Map(rows.map((r) => [Number(r[column]), { count: Number(r.count), minutes: Number(r.minutes ?? 0) }]));
}

function outcomeOf(
  status: string,
  endedOn: string | null,
  { goals, achieved }: { goals: number; achieved: number },
): string {
  const state =
    status === 'ended' ? `Ended${endedOn ? ` ${endedOn}` : ''}` : status === 'proposed' ? 'Proposed' : 'Active';
  if (goals === 0) return `${state}; no goals recorded`;
  return `${state}; ${achieved} of ${goals} goal${goals === 1 ? '' : 's'} achieved`;
}
