import type { ReadableDb } from '../../../db/handles';
import type { z } from 'zod';
import { TrellisError } from '../../common/errors';
import { paged } from '../paged';
import type { Rank } from '../../common/ranks';
import type { Meeting, MeetingList, meetingListInput, MeetingRow } from './contract';

type ListInput = z.output<typeof meetingListInput>;

function selectMeetings(db: ReadableDb) {
  return db
    .selectFrom('meetings as mt')
    .leftJoin('mentorships as m', 'm.id', 'mt.mentorship_id')
    .leftJoin('faculty as mentor', 'mentor.id', 'm.mentor_id')
    .leftJoin('faculty as mentee', 'mentee.id', 'm.mentee_id')
    .leftJoin('peer_groups as g', 'g.id', 'mt.peer_group_id')
    .select([
      'mt.id',
      'mt.mentorship_id',
      'mt.peer_group_id',
      'mt.held_on',
      'mt.duration_minutes',
      'mt.topics',
      'mt.notes',
      'mt.created_at',
      'mentor.name as mentor_name',
      'mentee.name as mentee_name',
      'g.name as group_name',
    ]);
}

type MeetingRowData = Awaited<ReturnType<ReturnType<typeof selectMeetings>['executeTakeFirstOrThrow']>>;

function toMeetingRow(row: MeetingRowData): MeetingRow {
  return {
    id: row.id,
    mentorshipId: row.mentorship_id,
    peerGroupId: row.peer_group_id,
    title: row.peer_group_id !== null ? (row.group_name ?? 'Peer group') : `${row.mentor_name} with ${row.mentee_name}`,
    heldOn: row.held_on,
    durationMinutes: row.duration_minutes,
    topics: JSON.parse(row.topics) as string[],
    hasNotes: row.notes !== null,
  };
}

export async function listMeetings(db: ReadableDb, input: ListInput): Promise<MeetingList> {
  let query = selectMeetings(db);
  if (input.mentorshipId !== undefined) query = query.where('mt.mentorship_id', '=', input.mentorshipId);
  if (input.peerGroupId !== undefined) query = query.where('mt.peer_group_id', '=', input.peerGroupId);
  if (input.from) query = query.where('mt.held_on', '>=', input.from);
  if (input.to) query = query.where('mt.held_on', '<=', input.to);
  if (input.personId !== undefined) {
    const personId = input.personId;
    query = query.where((eb) =>
      eb.or([
        eb('m.mentor_id', '=', personId),
        eb('m.mentee_id', '=', personId),
        eb(
          'mt.id',
          'in',
          eb.selectFrom('meeting_attendance as a').select('a.meeting_id').where('a.faculty_id', '=', personId),
        ),
      ]),
    );
  }
  return paged(query, input, (q) => q.orderBy('mt.held_on', 'desc').orderBy('mt.id', 'desc'), toMeetingRow);
}

export async function getMeeting(db: ReadableDb, id: number): Promise<Meeting> {
  const row = await selectMeetings(db).where('mt.id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That meeting does not exist. It may have been removed.');
  const attendance = await db
    .selectFrom('meeting_attendance as a')
    .innerJoin('faculty as f', 'f.id', 'a.faculty_id')
    .select(['f.id', 'f.name', 'f.rank', 'f.department', 'a.attended'])
    .where('a.meeting_id', '=', id)
    .orderBy('f.name')
    .execute();
  return {
    ...toMeetingRow(row),
    notes: row.notes,
    attendance: attendance.map((a) => ({
      person: { id: a.id, name: a.name, rank: a.rank as Rank, department: a.department },
      attended: a.attended === 1,
    })),
    createdAt: row.created_at,
  };
}
