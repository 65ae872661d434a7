import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { assertNotBefore, assertNotFuture } from '../../common/dateRules';
import type { Clock } from '../../common/isoDates';
import { requireActivePerson } from '../faculty/people';
import { assertRoomForOneMore } from './rules';

/**
 * Joining and leaving. A member who leaves keeps their row (with the date they
 * left), so the group's history and the person's timeline stay whole; they
 * may rejoin later as a new membership.
 */

async function requireGroup(db: ReadableDb, groupId: number) {
  const group = await db
    .selectFrom('peer_groups')
    .select(['id', 'name', 'status', 'started_on', 'facilitator_id'])
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group) throw new TrellisError('NOT_FOUND', 'That peer group does not exist. It may have been removed.');
  return group;
}

async function currentMembership(db: ReadableDb, groupId: number, facultyId: number) {
  return db
    .selectFrom('peer_group_members')
    .select(['id', 'joined_on'])
    .where('group_id', '=', groupId)
    .where('faculty_id', '=', facultyId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}

export async function addMember(
  db: WritableDb,
  input: {
    groupId: number;
    facultyId: number;
    joinedOn: string;
    agreedAttendance: boolean;
    agreedConfidentiality: boolean;
  },
  clock: Clock,
): Promise<number> {
  const group = await requireGroup(db, input.groupId);
  if (group.status === 'closed') {
    throw new TrellisError('CONFLICT', `${group.name} is closed, so no one can join it.`);
  }
  const person = await requireActivePerson(db, input.facultyId, 'facultyId');
  if (group.facilitator_id === person.id) {
    const message = `${person.name} facilitates ${group.name}; facilitators guide the group and are not counted as members.`;
    throw new TrellisError('CONFLICT', message, { facultyId: message });
  }
  if (await currentMembership(db, input.groupId, input.facultyId)) {
    const message = `${person.name} is already a member of ${group.name}.`;
    throw new TrellisError('CONFLICT', message, { facultyId: message });
  }
  await assertRoomForOneMore(db, input.groupId);
  assertNotFuture(input.joinedOn, clock.today, 'joinedOn', 'The date they joined');
  assertNotBefore(
    input.joinedOn,
    group.started_on,
    'joinedOn',
    `The group started on ${group.started_on}; the join date cannot be earlier.`,
  );
  const { id } = await db
    .insertInto('peer_group_members')
    .values({
      group_id: input.groupId,
      faculty_id: input.facultyId,
      joined_on: input.joinedOn,
      agreed_attendance: input.agreedAttendance ? 1 : 0,
      agreed_confidentiality: input.agreedConfidentiality ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateMember(
  db: WritableDb,
  input: { groupId: number; facultyId: number; agreedAttendance: boolean; agreedConfidentiality: boolean },
): Promise<number> {
  await requireGroup(db, input.groupId);
  const membership = await currentMembership(db, input.groupId, input.facultyId);
  if (!membership) throw new TrellisError('NOT_FOUND', 'That person is not a current member of this group.');
  await db
    .updateTable('peer_group_members')
    .set({
      agreed_attendance: input.agreedAttendance ? 1 : 0,
      agreed_confidentiality: input.agreedConfidentiality ? 1 : 0,
    })
    .where('id', '=', membership.id)
    .execute();
  return membership.id;
}

export async function removeMember(
  db: WritableDb,
  input: { groupId: number; facultyId: number; leftOn: string },
  clock: Clock,
): Promise<number> {
  await requireGroup(db, input.groupId);
  const membership = await currentMembership(db, input.groupId, input.facultyId);
  if (!membership) throw new TrellisError('NOT_FOUND', 'That person is not a current member of this group.');
  assertNotFuture(input.leftOn, clock.today, 'leftOn', 'The date they left');
  assertNotBefore(
    input.leftOn,
    membership.joined_on,
    'leftOn',
    `They joined on ${membership.joined_on}; the leaving date cannot be earlier.`,
  );
  await db.updateTable('peer_group_members').set({ left_on: input.leftOn }).where('id', '=', membership.id).execute();
  return membership.id;
}
