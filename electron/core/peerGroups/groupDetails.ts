import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import { requireActivePerson } from '../faculty/people';
import { requireOpenProgram } from '../programs/openProgram';
import type { PeerGroupFields } from './contract';

/** Creating and editing a group's own details; membership is in membership.ts. */

function toColumns(fields: PeerGroupFields) {
  return {
    program_id: fields.programId,
    name: fields.name,
    focus: fields.focus,
    facilitated: fields.facilitated ? 1 : 0,
    grouping: fields.grouping,
    facilitator_id: fields.facilitatorId,
    phase: fields.phase,
    schedule: fields.schedule,
    meeting_minutes: fields.meetingMinutes,
    logistics: fields.logistics,
    costs_cents: fields.costsCents,
    started_on: fields.startedOn,
    status: fields.status,
  };
}

async function assertNameFree(db: ReadableDb, fields: PeerGroupFields, exceptId?: number): Promise<void> {
  const same = await db
    .selectFrom('peer_groups')
    .select('id')
    .where('program_id', '=', fields.programId)
    .where('name', '=', fields.name)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst();
  if (same) {
    const message = `This program already has a group called “${fields.name}”.`;
    throw new TrellisError('CONFLICT', message, { name: message });
  }
}

/** The facilitator guides the members and is not one of them (so is not counted toward the limit). */
async function assertFacilitatorNotMember(db: ReadableDb, groupId: number, facilitatorId: number): Promise<void> {
  const member = await db
    .selectFrom('peer_group_members as gm')
    .innerJoin('faculty as f', 'f.id', 'gm.faculty_id')
    .select('f.name')
    .where('gm.group_id', '=', groupId)
    .where('gm.faculty_id', '=', facilitatorId)
    .where('gm.left_on', 'is', null)
    .executeTakeFirst();
  if (member) {
    const message = `${member.name} is a member of this group. Remove them as a member before making them its facilitator.`;
    throw new TrellisError('CONFLICT', message, { facilitatorId: message });
  }
}

export async function createPeerGroup(db: WritableDb, fields: PeerGroupFields, clock: Clock): Promise<number> {
  await requireOpenProgram(db, fields.programId);
  if (fields.facilitatorId !== null) await requireActivePerson(db, fields.facilitatorId, 'facilitatorId');
  await assertNameFree(db, fields);
  const { id } = await db
    .insertInto('peer_groups')
    .values({ ...toColumns(fields), created_at: clock.stamp, updated_at: clock.stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updatePeerGroup(
  db: WritableDb,
  id: number,
  fields: PeerGroupFields,
  clock: Clock,
): Promise<void> {
  const current = await db
    .selectFrom('peer_groups')
    .select(['program_id', 'facilitator_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) throw new TrellisError('NOT_FOUND', 'That peer group does not exist. It may have been removed.');
  if (current.program_id !== fields.programId) await requireOpenProgram(db, fields.programId);
  if (fields.facilitatorId !== null && fields.facilitatorId !== current.facilitator_id) {
    await requireActivePerson(db, fields.facilitatorId, 'facilitatorId');
    await assertFacilitatorNotMember(db, id, fields.facilitatorId);
  }
  await assertNameFree(db, fields, id);
  await db
    .updateTable('peer_groups')
    .set({ ...toColumns(fields), updated_at: clock.stamp })
    .where('id', '=', id)
    .execute();
}
