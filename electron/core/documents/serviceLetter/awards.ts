import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { Period } from '../mentoringRecord';

export interface AwardReceived {
  award: string;
  year: number;
}

/** Mentoring awards the person was selected for in cycles of the period's years. */
export async function awardsReceived(
  db: Kysely<Database>,
  facultyId: number,
  period: Period,
): Promise<AwardReceived[]> {
  const rows = await db
    .selectFrom('award_nominations as n')
    .innerJoin('award_cycles as c', 'c.id', 'n.cycle_id')
    .innerJoin('award_types as t', 't.id', 'c.award_type_id')
    .select(['t.name as award', 'c.year'])
    .where('n.nominee_id', '=', facultyId)
    .where('n.status', '=', 'selected')
    .where('c.year', '>=', Number(period.from.slice(0, 4)))
    .where('c.year', '<=', Number(period.to.slice(0, 4)))
    .orderBy('c.year')
    .orderBy('t.name')
    .execute();
  return rows;
}
