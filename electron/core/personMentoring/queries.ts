import type { ReadableDb } from '../../../db/handles';
import { listChangeRequests } from '../changeRequests/queries';
import { getFaculty } from '../faculty/queries';
import { listMeetings } from '../meetings/queries';
import { listMentorships } from '../mentorships/queries';
import type { GroupStatus } from '../peerGroups/contract';
import type { PersonMentoringSummary, ProfileGroup } from './contract';
import { buildTimeline } from './timeline';
import { wholeRecord } from './record';
import { workshopCounts, workshopsTaken } from './workshops';

/** Far more than one person ever has; the lists below are complete. */
const everything = 5000;
const recentMeetings = 10;

export async function getPersonMentoring(db: ReadableDb, facultyId: number): Promise<PersonMentoringSummary> {
  const person = await getFaculty(db, facultyId);
  const { rows: pairs } = await listMentorships(db, {
    personId: facultyId,
    sort: 'startDate',
    direction: 'desc',
    offset: 0,
    limit: everything,
  });
  const mentors = pairs.filter((p) => p.kind === 'mentor' && p.mentee.id === facultyId);
  const groups = await profileGroups(db, facultyId);
  const { rows: requests } = await listChangeRequests(db, { personId: facultyId, offset: 0, limit: everything });
  const meetings = await listMeetings(db, { personId: facultyId, offset: 0, limit: recentMeetings });
  const workshops = await workshopsTaken(db, facultyId, wholeRecord);
  return {
    person,
    mentors,
    mentees: pairs.filter((p) => p.kind === 'mentor' && p.mentor.id === facultyId),
    sponsorships: pairs
      .filter((p) => p.kind === 'sponsor')
      .map((p) => ({ ...p, role: p.mentor.id === facultyId ? ('sponsor' as const) : ('sponsored' as const) })),
    peerMentorships: pairs.filter((p) => p.kind === 'peer'),
    hasInsideDepartmentMentor: mentors.some((p) => p.status === 'active' && p.sameDepartment),
    groups,
    meetings: { total: meetings.total, lastHeldOn: meetings.rows[0]?.heldOn ?? null, recent: meetings.rows },
    openChangeRequests: requests.filter((r) => r.status !== 'resolved'),
    timeline: await buildTimeline(db, facultyId, pairs, groups, requests),
    workshops: { ...workshopCounts(workshops), list: workshops },
  };
}

async function profileGroups(db: ReadableDb, facultyId: number): Promise<ProfileGroup[]> {
  const memberships = await db
    .selectFrom('peer_group_members as gm')
    .innerJoin('peer_groups as g', 'g.id', 'gm.group_id')
    .select(['g.id', 'g.name', 'g.status', 'gm.joined_on', 'gm.left_on'])
    .where('gm.faculty_id', '=', facultyId)
    .orderBy('gm.joined_on', 'desc')
    .execute();
  const facilitating = await db
    .selectFrom('peer_groups')
    .select(['id', 'name', 'status'])
    .where('facilitator_id', '=', facultyId)
    .orderBy('name')
    .execute();
  return [
    ...facilitating.map((g) => ({
      group: { type: 'peerGroup' as const, id: g.id, label: g.name },
      role: 'facilitator' as const,
      status: g.status as GroupStatus,
      joinedOn: null,
      leftOn: null,
    })),
    ...memberships.map((m) => ({
      group: { type: 'peerGroup' as const, id: m.id, label: m.name },
      role: 'member' as const,
      status: m.status as GroupStatus,
      joinedOn: m.joined_on,
      leftOn: m.left_on,
    })),
  ];
}
