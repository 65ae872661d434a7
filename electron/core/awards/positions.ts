import type { WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';

/** A nomination's letters and chosen comments are ordered lists: `position` 0, 1, 2, … is their order in the packet. */
type OrderedTable = 'nomination_letters' | 'nomination_comments';

async function applyOrder(db: WritableDb, table: OrderedTable, order: readonly number[]): Promise<void> {
  for (const [position, id] of order.entries()) {
    await db.updateTable(table).set({ position }).where('id', '=', id).execute();
  }
}

/**
 * Gives rows the positions of `order`, after checking it lists exactly the
 * nomination's rows (a stale screen must not drop or duplicate one).
 */
export async function reorderRows(
  db: WritableDb,
  table: OrderedTable,
  nominationId: number,
  order: readonly number[],
): Promise<void> {
  const rows = await db.selectFrom(table).select('id').where('nomination_id', '=', nominationId).execute();
  const current = new Set(rows.map((r) => r.id));
  if (order.length !== current.size || new Set(order).size !== order.length || !order.every((id) => current.has(id))) {
    throw new TrellisError('CONFLICT', 'The list changed since it was shown. Reload the nomination and try again.');
  }
  await applyOrder(db, table, order);
}

/** After a removal: the same order, renumbered without the gap. */
export async function closeGaps(db: WritableDb, table: OrderedTable, nominationId: number): Promise<void> {
  const rest = await db
    .selectFrom(table)
    .select('id')
    .where('nomination_id', '=', nominationId)
    .orderBy('position')
    .execute();
  await applyOrder(
    db,
    table,
    rest.map((r) => r.id),
  );
}
