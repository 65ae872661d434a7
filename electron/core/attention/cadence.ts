import type { ReadableDb } from '../../../db/handles';
import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../common/isoDates';

/**
 * "Met within its cadence" compares each pair's last meeting with today minus
 * that pair's own cadence. Date arithmetic differs between databases, so it is
 * done here instead: each distinct cadence in use (a handful — 30, 60, 90…)
 * gets its cut-off date, and the query picks the pair's with a standard CASE.
 * The test itself is an EXISTS on meetings(mentorship_id, held_on): one index
 * seek per active pair, whatever the number of meetings.
 */
export type CadenceCutoffs = Map<number, string>;

export async function cadenceCutoffs(db: ReadableDb, today: string): Promise<CadenceCutoffs> {
  const rows = await db
    .selectFrom('mentorships')
    .select('cadence_days')
    .distinct()
    .where('status', '=', 'active')
    .execute();
  return new Map(rows.map((r) => [r.cadence_days, addDays(today, -r.cadence_days)]));
}

/** The pair's cut-off date: a meeting on or after it counts as within the cadence. */
export function cutoffOfPair(cutoffs: CadenceCutoffs): RawBuilder<string> {
  const cases = [...cutoffs].map(([days, cutoff]) => sql`WHEN ${days} THEN ${cutoff}`);
  return sql<string>`(CASE ${sql.ref('m.cadence_days')} ${sql.join(cases, sql` `)} END)`;
}

/** True for an active pair `m` that met since its cut-off, or started less than one cadence ago. */
export function metWithinCadence(cutoffs: CadenceCutoffs): RawBuilder<boolean> {
  const cutoff = cutoffOfPair(cutoffs);
  return sql<boolean>`(${sql.ref('m.start_date')} >= ${cutoff} OR EXISTS (SELECT 1 FROM ${sql.table('meetings')} AS g WHERE g.mentorship_id = ${sql.ref('m.id')} AND g.held_on >= ${cutoff}))`;
}
