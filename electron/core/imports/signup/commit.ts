import type { ReadableDb } from '../../../../db/handles';
import { TrellisError } from '../../../common/errors';
import type { WriteContext } from '../../handlers';
import type { CommitDecisions } from '../contract';
import { nameKey } from '../matching/names';
import { loadPeopleIndex } from '../matching/people';
import { planSignups, type SignupPlan, type WorkshopList } from './plan';
import type { SignupRow } from './values';

/** The workshop the sheet is for, and who is on its list now. */
export async function workshopList(db: ReadableDb, workshopId: number): Promise<WorkshopList> {
  const workshop = await db.selectFrom('workshops').select('id').where('id', '=', workshopId).executeTakeFirst();
  if (!workshop) throw new TrellisError('NOT_FOUND', 'That workshop does not exist. It may have been removed.');
  const rows = await db
    .selectFrom('workshop_participants')
    .select(['faculty_id', 'email', 'name'])
    .where('workshop_id', '=', workshopId)
    .execute();
  return {
    facultyIds: new Set(rows.flatMap((r) => (r.faculty_id === null ? [] : [r.faculty_id]))),
    emails: new Set(rows.flatMap((r) => (r.email ? [r.email] : []))),
    names: new Set(rows.flatMap((r) => (r.name ? [nameKey(r.name)] : []))),
  };
}

export async function planSignupsNow(
  db: ReadableDb,
  workshopId: number,
  rows: readonly SignupRow[],
  columnOf: Record<string, string>,
  decisions: CommitDecisions,
): Promise<SignupPlan> {
  return planSignups({
    rows,
    people: await loadPeopleIndex(db),
    list: await workshopList(db, workshopId),
    decisions,
    columnOf: (field) => columnOf[field] ?? null,
  });
}

/** Adds the sign-ups to the workshop's list, each recorded in the batch so the import can be undone. */
export async function writeSignups(context: WriteContext, batchId: number, workshopId: number, plan: SignupPlan) {
  for (const insert of plan.inserts) {
    const { id } = await context.db
      .insertInto('workshop_participants')
      .values({
        workshop_id: workshopId,
        faculty_id: insert.facultyId,
        name: insert.name,
        email: insert.email,
        department: insert.department,
        source: 'signup',
        created_at: context.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await context.db
      .insertInto('import_batch_items')
      .values({
        batch_id: batchId,
        record_type: 'workshop_participant',
        record_id: id,
        action: 'inserted',
        before: null,
        written: null,
      })
      .execute();
  }
  context.audit('workshop', workshopId);
}

/** Takes the sign-ups off the list again, unless some of them have come to the workshop since. */
export async function undoSignups(context: WriteContext, participantIds: number[]): Promise<number> {
  if (participantIds.length === 0) return 0;
  const came = await context.db
    .selectFrom('workshop_participants')
    .select('id')
    .where('id', 'in', participantIds)
    .where('checked_in_at', 'is not', null)
    .execute();
  if (came.length > 0) {
    throw new TrellisError(
      'CONFLICT',
      `${came.length === 1 ? 'One person' : `${came.length} people`} this sign-up sheet added ${came.length === 1 ? 'has' : 'have'} checked in at the workshop since, so it cannot be undone. Nothing was changed.`,
    );
  }
  const { numDeletedRows } = await context.db
    .deleteFrom('workshop_participants')
    .where('id', 'in', participantIds)
    .executeTakeFirst();
  return Number(numDeletedRows);
}
