import type { ReadableDb } from '../../../db/handles';
import type { AwardLevel } from './contract';

/** An award a person won: what other documents (the service-portfolio letter) list. */
export interface AwardWon {
  nominationId: number;
  awardName: string;
  level: AwardLevel;
  year: number;
  /** When the committee decided; null for records kept without a date. */
  decidedOn: string | null;
}

/**
 * The awards `facultyId` was selected for, oldest first. With `from`/`to`
 * (YYYY-MM-DD, both included), only decisions in that period count; a
 * selection without a decision date counts on its cycle's closing date.
 */
export async function selectedAwardsFor(
  db: ReadableDb,
  facultyId: number,
  from?: string,
  to?: string,
): Promise<AwardWon[]> {
  const rows = await db
    .selectFrom('award_nominations as n')
    .innerJoin('award_cycles as c', 'c.id', 'n.cycle_id')
    .innerJoin('award_types as t', 't.id', 'c.award_type_id')
    .select(['n.id', 'n.decided_on', 'c.closes_on', 'c.year', 't.name', 't.level'])
    .where('n.nominee_id', '=', facultyId)
    .where('n.status', '=', 'selected')
    .orderBy('c.year')
    .orderBy('t.name')
    .execute();
  return rows
    .filter((r) => {
      const on = r.decided_on ?? r.closes_on;
      return (!from || on >= from) && (!to || on <= to);
    })
    .map((r) => ({
      nominationId: r.id,
      awardName: r.name,
      level: r.level as AwardLevel,
      year: r.year,
      decidedOn: r.decided_on,
    }));
}
