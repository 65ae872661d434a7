import type { Database } from '../../../db/schema';
import type { WriteContext } from '../handlers';

/**
 * Prepared statements built with Kysely (so the SQL stays portable) and run
 * through the bulk writer, for the thousands of rows of an import.
 */
export function preparedInsert(
  context: WriteContext,
  table: keyof Database,
  columns: readonly string[],
): (values: Record<string, unknown>) => number {
  const placeholders = Object.fromEntries(columns.map((c) => [c, null]));
  const statement = context.bulk.prepare(
    context.db
      .insertInto(table)
      .values(placeholders as never)
      .compile(),
  );
  return (values) => statement.run(columns.map((c) => values[c] ?? null)).lastInsertId;
}

export function preparedUpdateById(
  context: WriteContext,
  table: keyof Database,
  columns: readonly string[],
): (id: number, values: Record<string, unknown>) => number {
  const placeholders = Object.fromEntries(columns.map((c) => [c, null]));
  const statement = context.bulk.prepare(
    context.db
      .updateTable(table)
      .set(placeholders as never)
      .where('id' as never, '=', 0 as never)
      .compile(),
  );
  return (id, values) => statement.run([...columns.map((c) => values[c] ?? null), id]).changes;
}
