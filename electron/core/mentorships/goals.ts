import type { WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { Clock } from '../../common/isoDates';
import type { GoalStatus } from './contract';
import { requireMentorship } from './lifecycle';

/**
 * The mentee's goals for the pair (the individual career plan of seed 001),
 * kept as an ordered list with a status each.
 */

export async function addGoal(
  db: WritableDb,
  input: { mentorshipId: number; text: string; status: GoalStatus },
  clock: Clock,
): Promise<number> {
  const mentorship = await requireMentorship(db, input.mentorshipId);
  if (mentorship.status === 'ended') {
    throw new TrellisError('CONFLICT', 'This mentorship has ended. Add the goal to the mentee’s current mentorship.');
  }
  const { last } = await db
    .selectFrom('mentorship_goals')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('mentorship_id', '=', input.mentorshipId)
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('mentorship_goals')
    .values({
      mentorship_id: input.mentorshipId,
      text: input.text,
      status: input.status,
      position: last === null ? 0 : Number(last) + 1,
      created_at: clock.stamp,
      updated_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Updates a goal; returns its mentorship. A new position moves the others to make room. */
export async function updateGoal(
  db: WritableDb,
  input: { id: number; text?: string | undefined; status?: GoalStatus | undefined; position?: number | undefined },
  clock: Clock,
): Promise<number> {
  const goal = await db
    .selectFrom('mentorship_goals')
    .select(['id', 'mentorship_id'])
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!goal) throw new TrellisError('NOT_FOUND', 'That goal does not exist. It may have been removed.');
  await db
    .updateTable('mentorship_goals')
    .set({
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updated_at: clock.stamp,
    })
    .where('id', '=', input.id)
    .execute();
  if (input.position !== undefined) await moveGoal(db, goal.mentorship_id, goal.id, input.position);
  return goal.mentorship_id;
}

async function moveGoal(db: WritableDb, mentorshipId: number, goalId: number, position: number): Promise<void> {
  const order = (
    await db
      .selectFrom('mentorship_goals')
      .select('id')
      .where('mentorship_id', '=', mentorshipId)
      .orderBy('position')
      .orderBy('id')
      .execute()
  )
    .map((g) => g.id)
    .filter((id) => id !== goalId);
  order.splice(Math.min(position, order.length), 0, goalId);
  for (const [index, id] of order.entries()) {
    await db.updateTable('mentorship_goals').set({ position: index }).where('id', '=', id).execute();
  }
}
