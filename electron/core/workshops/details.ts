import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import { requireActivePerson } from '../faculty/people';
import { requireOpenProgram } from '../programs/openProgram';
import type { WorkshopFields } from './contract';

/** A workshop's own details and its facilitators; participants are in participants.ts. */

export async function requireWorkshop(db: ReadableDb, id: number) {
  const workshop = await db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst();
  if (!workshop) throw new TrellisError('NOT_FOUND', 'That workshop does not exist. It may have been removed.');
  return workshop;
}

function toColumns(fields: WorkshopFields) {
  return {
    program_id: fields.programId,
    title: fields.title,
    held_on: fields.heldOn,
    starts_at: fields.startsAt,
    place: fields.place,
    round_minutes: fields.roundMinutes,
    round_count: fields.roundCount,
    table_count: fields.tableCount,
  };
}

async function saveFacilitators(db: WritableDb, workshopId: number, fields: WorkshopFields): Promise<void> {
  for (const [index, facilitator] of fields.facilitators.entries()) {
    if ('facultyId' in facilitator) await requireActivePerson(db, facilitator.facultyId, `facilitators.${index}`);
  }
  await db.deleteFrom('workshop_facilitators').where('workshop_id', '=', workshopId).execute();
  if (fields.facilitators.length === 0) return;
  await db
    .insertInto('workshop_facilitators')
    .values(
      fields.facilitators.map((facilitator, position) => ({
        workshop_id: workshopId,
        position,
        faculty_id: 'facultyId' in facilitator ? facilitator.facultyId : null,
        name: 'name' in facilitator ? facilitator.name : null,
      })),
    )
    .execute();
}

export async function createWorkshop(db: WritableDb, fields: WorkshopFields, clock: Clock): Promise<number> {
  await requireOpenProgram(db, fields.programId);
  const { id } = await db
    .insertInto('workshops')
    .values({ ...toColumns(fields), created_at: clock.stamp, updated_at: clock.stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await saveFacilitators(db, id, fields);
  return id;
}

/**
 * Fewer rounds drop the planned rounds past the new count; more rounds leave
 * the plan short until the rounds to come are planned again.
 */
export async function updateWorkshop(db: WritableDb, id: number, fields: WorkshopFields, clock: Clock): Promise<void> {
  const current = await requireWorkshop(db, id);
  if (current.program_id !== fields.programId) await requireOpenProgram(db, fields.programId);
  await db
    .updateTable('workshops')
    .set({ ...toColumns(fields), updated_at: clock.stamp })
    .where('id', '=', id)
    .execute();
  await db.deleteFrom('workshop_seats').where('workshop_id', '=', id).where('round', '>', fields.roundCount).execute();
  await saveFacilitators(db, id, fields);
}
