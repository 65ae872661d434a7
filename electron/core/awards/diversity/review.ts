import type { ReadableDb } from '../../../../db/handles';
import { careerStageLabels, type CareerStage } from '../../../common/ranks';
import { minimumGroupSize } from '../../surveys/contract';
import { diversityDimensions, type DiversityDimension, type DiversityReview } from '../contract';
import { getCycle } from '../cycles';
import { fewerThan, suppressGroups } from './suppress';

/**
 * The diversity review of a cycle's nominee pool (seed 001): every nominee
 * of the cycle, whatever the nomination's status, counted by department,
 * rank and career stage as the directory has them today. Groups under five
 * are never shown, and neither is anything that would reveal one.
 */
export async function diversityReview(db: ReadableDb, cycleId: number, today: string): Promise<DiversityReview> {
  await getCycle(db, cycleId, today);
  const nominees = await db
    .selectFrom('award_nominations as n')
    .innerJoin('faculty as f', 'f.id', 'n.nominee_id')
    .select(['f.department', 'f.rank', 'f.career_stage'])
    .where('n.cycle_id', '=', cycleId)
    .execute();
  const total = nominees.length;
  if (total < minimumGroupSize) {
    return {
      cycleId,
      total: null,
      minimumGroupSize,
      note:
        total === 0
          ? 'No one has been nominated in this cycle yet.'
          : `${fewerThan(minimumGroupSize)} nominees so far, so no breakdown is shown: any group would point at a person.`,
      breakdowns: [],
    };
  }
  const valueOf: Record<DiversityDimension, (n: (typeof nominees)[number]) => string> = {
    department: (n) => n.department,
    rank: (n) => n.rank,
    careerStage: (n) => careerStageLabels[n.career_stage as CareerStage] ?? n.career_stage,
  };
  const breakdowns = diversityDimensions.map((dimension) => {
    const counts = new Map<string, number>();
    for (const n of nominees) {
      const label = valueOf[dimension](n);
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return { dimension, groups: suppressGroups(counts, minimumGroupSize) };
  });
  return { cycleId, total, minimumGroupSize, note: null, breakdowns };
}
