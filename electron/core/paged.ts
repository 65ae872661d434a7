import { sql, type SelectQueryBuilder } from 'kysely';

/** One window of a list, and how many rows the whole list has (for "1–100 of 2,431" and scrolling). */
export interface Page<Row> {
  total: number;
  rows: Row[];
}

/**
 * Runs a filtered list query as a page: counts every row the filters match,
 * then fetches one window of them in order. `query` carries the filters and
 * the columns; `order` adds the sort, which the count does not need. Both
 * statements see the same filters, so the total always describes the rows.
 */
export async function paged<DB, TB extends keyof DB, O, Row>(
  query: SelectQueryBuilder<DB, TB, O>,
  window: { limit: number; offset: number },
  order: (query: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  toRow: (row: O) => Row,
): Promise<Page<Row>> {
  const { total } = await query
    .clearSelect()
    .select(sql<number>`count(*)`.as('total'))
    // Kysely cannot work out a selection on a generic table set; this one is exactly { total }.
    .$castTo<{ total: number }>()
    .executeTakeFirstOrThrow();
  const rows = await order(query).limit(window.limit).offset(window.offset).execute();
  return { total: Number(total), rows: rows.map(toRow) };
}
