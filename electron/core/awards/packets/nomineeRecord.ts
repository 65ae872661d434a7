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
    .select((eb) => [
      eb
        .selectFrom('mentorship_goals as g')
        .whereRef('g.mentorship_id', '=', 'm.id')
        .select((g) => g.fn.countAll<number>().as('n'))
        .as('goals'),
      eb
        .selectFrom('mentorship_goals as g')
        .whereRef('g.mentorship_id', '=', 'm.id')
        .where('g.status', '=', 'achieved')
        .select((g) => g.fn.countAll<number>().as('n'))
        .as('achieved'),
      eb
        .selectFrom('meetings as mt')
        .whereRef('mt.mentorship_id', '=', 'm.id')
        .select((g) => g.fn.countAll<number>().as('n'))
        .as('meetings'),
      eb
        .selectFrom('meetings as mt')
        .whereRef('mt.mentorship_id', '=', 'm.id')
        .select(sql<number>`coalesce(sum(mt.duration_minutes), 0)`.as('n'))
        .as('minutes'),
    ])
    .where('m.mentor_id', '=', facultyId)
    .orderBy('m.start_date')
    .orderBy('f.name')
    .execute();

  const groups = await db
    .selectFrom('peer_groups as p')
    .select(['p.name', 'p.focus', 'p.started_on', 'p.status'])
    .select((eb) => [
      eb
        .selectFrom('peer_group_members as pm')
        .whereRef('pm.group_id', '=', 'p.id')
        .where('pm.left_on', 'is', null)
        .select((g) => g.fn.countAll<number>().as('n'))
        .as('members'),
      eb
        .selectFrom('meetings as mt')
        .whereRef('mt.peer_group_id', '=', 'p.id')
        .select((g) => g.fn.countAll<number>().as('n'))
        .as('meetings'),
      eb
        .selectFrom('meetings as mt')
        .whereRef('mt.peer_group_id', '=', 'p.id')
        .select(sql<number>`coalesce(sum(mt.duration_minutes), 0)`.as('n'))
        .as('minutes'),
    ])
    .where('p.facilitator_id', '=', facultyId)
    .orderBy('p.started_on')
    .execute();

  const count = (n: unknown) => Number(n ?? 0);
  return {
    mentees: mentorships.map((m) => ({
      menteeId: m.mentee_id,
      name: m.name,
      rank: m.rank,
      department: m.department,
      kind: mentorshipKindLabels[m.kind as MentorshipKind] ?? m.kind,
      startDate: m.start_date,
      endedOn: m.ended_on,
      outcome: outcomeOf(m.status, m.ended_on, count(m.goals), count(m.achieved)),
      meetings: count(m.meetings),
    })),
    groups: groups.map((g) => ({
      name: g.name,
      focus: g.focus,
      startedOn: g.started_on,
      status: g.status === 'active' ? 'Active' : 'Closed',
      members: count(g.members),
      meetings: count(g.meetings),
    })),
    meetings: [...mentorships, ...groups].reduce((n, r) => n + count(r.meetings), 0),
    meetingMinutes: [...mentorships, ...groups].reduce((n, r) => n + count(r.minutes), 0),
    periods: mentorships.map((m) => ({ menteeId: m.mentee_id, from: m.start_date, to: m.ended_on })),
  };
}

function outcomeOf(status: string, endedOn: string | null, goals: number, achieved: number): string {
  const state =
    status === 'ended' ? `Ended${endedOn ? ` ${endedOn}` : ''}` : status === 'proposed' ? 'Proposed' : 'Active';
  if (goals === 0) return `${state}; no goals recorded`;
  return `${state}; ${achieved} of ${goals} goal${goals === 1 ? '' : 's'} achieved`;
}
