import type { z } from 'zod';
import type { ReadableDb, WritableDb } from '../../../db/handles';
import { noDemographics, type Demographics, type Gender, type RaceEthnicity } from '../../common/demographics';
import { TrellisError } from '../../common/errors';
import type { demographicsInput } from './contract';

/**
 * A person's self-reported demographic answers (electron/common/demographics.ts).
 * Confidential: read and written only through these two operations and,
 * for opted-in mentees, inside matching's score. Nothing here is logged or
 * audited beyond "this person's answers changed".
 */

export function toDemographics(row: {
  gender: string | null;
  race_ethnicity: string;
  underrepresented: number | null;
  first_generation: number | null;
  identity_matching_opt_in: number;
}): Demographics {
  const flag = (value: number | null) => (value === null ? null : value === 1);
  return {
    gender: row.gender as Gender | null,
    raceEthnicity: JSON.parse(row.race_ethnicity) as RaceEthnicity[],
    underrepresented: flag(row.underrepresented),
    firstGeneration: flag(row.first_generation),
    identityMatchingOptIn: row.identity_matching_opt_in === 1,
  };
}

async function requirePerson(db: ReadableDb, facultyId: number): Promise<void> {
  const row = await db.selectFrom('faculty').select('id').where('id', '=', facultyId).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That person is not in the directory. They may have been removed.');
}

export async function getDemographics(db: ReadableDb, facultyId: number): Promise<Demographics> {
  await requirePerson(db, facultyId);
  const row = await db
    .selectFrom('faculty_demographics')
    .selectAll()
    .where('faculty_id', '=', facultyId)
    .executeTakeFirst();
  return row ? toDemographics(row) : noDemographics;
}

/** Saves the answers; all left blank removes the row, so "never asked" stays distinguishable from nothing at all. */
export async function setDemographics(
  db: WritableDb,
  input: z.output<typeof demographicsInput>,
  stamp: string,
): Promise<void> {
  await requirePerson(db, input.facultyId);
  await db.deleteFrom('faculty_demographics').where('faculty_id', '=', input.facultyId).execute();
  const blank =
    input.gender === null &&
    input.raceEthnicity.length === 0 &&
    input.underrepresented === null &&
    input.firstGeneration === null &&
    !input.identityMatchingOptIn;
  if (blank) return;
  const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
  await db
    .insertInto('faculty_demographics')
    .values({
      faculty_id: input.facultyId,
      gender: input.gender,
      race_ethnicity: JSON.stringify(input.raceEthnicity),
      underrepresented: flag(input.underrepresented),
      first_generation: flag(input.firstGeneration),
      identity_matching_opt_in: input.identityMatchingOptIn ? 1 : 0,
      updated_at: stamp,
    })
    .execute();
}
