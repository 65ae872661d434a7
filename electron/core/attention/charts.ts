import type { ReadableDb } from '../../../db/handles';
import { cadenceCutoffs, metWithinCadence } from './cadence';
import type { CadenceShare, DepartmentBar } from './contract';

/** Aggregates for the dashboard's charts, counted in the database. */

/** Active mentorships by the mentee's department, largest first. */
export async function activeMentorshipsByDepartment(db: ReadableDb): Promise<DepartmentBar[]> {
  const rows = await db
    .selectFrom('mentorships as m')
    .innerJoin('faculty as mentee', 'mentee.id', 'm.mentee_id')
    .innerJoin('faculty as mentor', 'mentor.id', 'm.mentor_id')
    .select((eb) => [
      'mentee.department',
      eb.fn.countAll<number>().as('active'),
      eb.fn
        .sum<number>(eb.case().when('mentor.department', '=', eb.ref('mentee.department')).then(1).else(0).end())
        .as('inside'),
    ])
    .where('m.status', '=', 'active')
    .groupBy('mentee.department')
    .orderBy('active', 'desc')
    .orderBy('mentee.department')
    .execute();
  return rows.map((r) => ({ department: r.department, active: Number(r.active), insideDepartment: Number(r.inside) }));
}

export async function cadenceShare(db: ReadableDb, today: string): Promise<CadenceShare> {
  const cutoffs = await cadenceCutoffs(db, today);
  if (cutoffs.size === 0) return { active: 0, withinCadence: 0, share: null };
  const row = await db
    .selectFrom('mentorships as m')
    .select((eb) => [
      eb.fn.countAll<number>().as('active'),
      eb.fn.sum<number>(eb.case().when(metWithinCadence(cutoffs)).then(1).else(0).end()).as('within'),
    ])
    .where('m.status', '=', 'active')
    .executeTakeFirstOrThrow();
  const active = Number(row.active);
  const within = Number(row.within ?? 0);
  return { active, withinCadence: within, share: active === 0 ? null : within / active };
}
