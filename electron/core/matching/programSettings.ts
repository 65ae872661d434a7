import type { z } from 'zod';
import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { settingsInput } from './contract';
import { criteria, defaultMatchingSettings, type MatchingSettings, type RankRule, type Weights } from './settings';

/** A program's matching settings: its own row, or the defaults until staff change them. */
export async function programSettings(db: ReadableDb, programId: number): Promise<MatchingSettings> {
  const program = await db.selectFrom('programs').select('id').where('id', '=', programId).executeTakeFirst();
  if (!program) throw new TrellisError('NOT_FOUND', 'That program does not exist.', { programId: 'Choose a program.' });
  const row = await db
    .selectFrom('matching_settings')
    .selectAll()
    .where('program_id', '=', programId)
    .executeTakeFirst();
  if (!row) return defaultMatchingSettings;
  const stored = JSON.parse(row.weights) as Partial<Weights>;
  return {
    rankRule: row.rank_rule as RankRule,
    recentPairYears: row.recent_pair_years,
    minScore: row.min_score / 1000,
    // A criterion added after the row was saved takes its default weight.
    weights: Object.fromEntries(criteria.map((c) => [c, stored[c] ?? defaultMatchingSettings.weights[c]])) as Weights,
  };
}

export async function saveProgramSettings(
  db: WritableDb,
  input: z.output<typeof settingsInput>,
  stamp: string,
): Promise<void> {
  await programSettings(db, input.programId);
  const values = {
    rank_rule: input.rankRule,
    recent_pair_years: input.recentPairYears,
    min_score: Math.round(input.minScore * 1000),
    weights: JSON.stringify(input.weights),
    updated_at: stamp,
  };
  await db
    .insertInto('matching_settings')
    .values({ program_id: input.programId, ...values })
    .onConflict((oc) => oc.column('program_id').doUpdateSet(values))
    .execute();
}
