import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { assertNotBefore, assertNotFuture } from '../../common/dateRules';
import type { Clock } from '../../common/isoDates';

export interface MeetingToLog {
  mentorshipId?: number | undefined;
  peerGroupId?: number | undefined;
  heldOn: string;
  durationMinutes: number;
  topics: string[];
  notes: string | null;
  attendedIds: number[];
}

/** Records a meeting that has happened; returns its id. */
export async function logMeeting(db: WritableDb, input: MeetingToLog, clock: Clock): Promise<number> {
  assertNotFuture(input.heldOn, clock.today, 'heldOn', 'A meeting is logged once it has happened, so its date');
  if (input.mentorshipId !== undefined) await checkPairMeeting(db, input.mentorshipId, input);
  const attendance = input.peerGroupId !== undefined ? await groupAttendance(db, input.peerGroupId, input) : [];

  const { id } = await db
    .insertInto('meetings')
    .values({
      mentorship_id: input.mentorshipId ?? null,
      peer_group_id: input.peerGroupId ?? null,
      held_on: input.heldOn,
      duration_minutes: input.durationMinutes,
      topics: JSON.stringify(input.topics),
      notes: input.notes,
      created_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (attendance.length > 0) {
    await db
      .insertInto('meeting_attendance')
      .values(attendance.map((a) => ({ meeting_id: id, faculty_id: a.facultyId, attended: a.attended ? 1 : 0 })))
      .execute();
  }
  return id;
}

async function checkPairMeeting(db: ReadableDb, mentorshipId: number, input: MeetingToLog): Promise<void> {
  const pair = await db
    .selectFrom('mentorships')
    .select(['status', 'start_date', 'ended_on'])
    .where('id', '=', mentorshipId)
    .executeTakeFirst();
  if (!pair) throw new TrellisError('NOT_FOUND', 'That mentorship does not exist. It may have been removed.');
  if (pair.status === 'proposed') {
    throw new TrellisError('CONFLICT', 'This mentorship is still proposed. Activate it before logging its meetings.');
  }
  if (input.attendedIds.length > 0) {
    const message = 'Attendance is recorded for peer group meetings only.';
    throw new TrellisError('VALIDATION', message, { attendedIds: message });
  }
  assertNotBefore(
    input.heldOn,
    pair.start_date,
    'heldOn',
    `The mentorship started on ${pair.start_date}; the meeting cannot be earlier.`,
  );
  if (pair.ended_on && input.heldOn > pair.ended_on) {
    const message = `The mentorship ended on ${pair.ended_on}; the meeting cannot be later.`;
    throw new TrellisError('VALIDATION', message, { heldOn: message });
  }
}

/**
 * Everyone who was a member on the meeting date gets a row: present if listed,
 * absent otherwise. Listing someone who was not a member is refused.
 */
async function groupAttendance(
  db: ReadableDb,
  groupId: number,
  input: MeetingToLog,
): Promise<{ facultyId: number; attended: boolean }[]> {
  const group = await db
    .selectFrom('peer_groups')
    .select(['name', 'started_on'])
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group) throw new TrellisError('NOT_FOUND', 'That peer group does not exist. It may have been removed.');
  assertNotBefore(
    input.heldOn,
    group.started_on,
    'heldOn',
    `${group.name} started on ${group.started_on}; the meeting cannot be earlier.`,
  );
  const members = await db
    .selectFrom('peer_group_members')
    .select('faculty_id')
    .distinct()
    .where('group_id', '=', groupId)
    .where('joined_on', '<=', input.heldOn)
    .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>=', input.heldOn)]))
    .execute();
  const memberIds = new Set(members.map((m) => m.faculty_id));
  const strangers = input.attendedIds.filter((id) => !memberIds.has(id));
  if (strangers.length > 0) {
    const message = `Only members of ${group.name} on ${input.heldOn} can be marked as attending.`;
    throw new TrellisError('VALIDATION', message, { attendedIds: message });
  }
  const attended = new Set(input.attendedIds);
  return [...memberIds].map((facultyId) => ({ facultyId, attended: attended.has(facultyId) }));
}
