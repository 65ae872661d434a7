import type { z } from 'zod';
import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { PersonRef } from '../../common/records';
import type { neverPairAddInput, NeverPair, SynonymGroup, synonymsInput } from './contract';
import { normaliseInterest } from './interests';
import { peopleRefs } from './profile';

/**
 * The two lists the office keeps for matching: pairs never to make (with a
 * confidential reason that stays on the list), and interest words that mean
 * the same.
 */

export async function listNeverPairs(db: ReadableDb, facultyId?: number): Promise<NeverPair[]> {
  const rows = await db
    .selectFrom('never_pairs')
    .selectAll()
    .$if(facultyId !== undefined, (q) =>
      q.where((eb) => eb.or([eb('person_a_id', '=', facultyId!), eb('person_b_id', '=', facultyId!)])),
    )
    .orderBy('id')
    .execute();
  const refs = await peopleRefs(
    db,
    rows.flatMap((r) => [r.person_a_id, r.person_b_id]),
  );
  return rows.map((row) => ({
    id: row.id,
    people: [refs.get(row.person_a_id)!, refs.get(row.person_b_id)!] as [PersonRef, PersonRef],
    reason: row.reason,
    createdAt: row.created_at,
  }));
}

export async function addNeverPair(
  db: WritableDb,
  input: z.output<typeof neverPairAddInput>,
  stamp: string,
): Promise<number> {
  const [a, b] = [Math.min(input.personId, input.otherId), Math.max(input.personId, input.otherId)];
  const refs = await peopleRefs(db, [a, b]);
  if (refs.size !== 2) throw new TrellisError('NOT_FOUND', 'Choose two people from the directory.');
  const existing = await db
    .selectFrom('never_pairs')
    .select('id')
    .where('person_a_id', '=', a)
    .where('person_b_id', '=', b)
    .executeTakeFirst();
  if (existing) {
    throw new TrellisError(
      'NEVER_PAIR_EXISTS',
      `${refs.get(a)!.name} and ${refs.get(b)!.name} are already on the never-pair list.`,
    );
  }
  const { id } = await db
    .insertInto('never_pairs')
    .values({ person_a_id: a, person_b_id: b, reason: input.reason, created_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function removeNeverPair(db: WritableDb, id: number): Promise<void> {
  const { numDeletedRows } = await db.deleteFrom('never_pairs').where('id', '=', id).executeTakeFirst();
  if (Number(numDeletedRows) === 0)
    throw new TrellisError('NOT_FOUND', 'That entry is no longer on the never-pair list.');
}

export async function synonymGroups(db: ReadableDb): Promise<SynonymGroup[]> {
  const rows = await db.selectFrom('interest_synonyms').selectAll().orderBy('canonical').orderBy('term').execute();
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(row.canonical, [...(groups.get(row.canonical) ?? []), row.term]);
  return [...groups.entries()].map(([canonical, terms]) => ({ canonical, terms }));
}

/**
 * Replaces the whole table with the office's list. A word may count as one
 * interest only: a word in two groups (after normalising) is refused, since
 * matching could not tell which one it means.
 */
export async function saveSynonyms(db: WritableDb, input: z.output<typeof synonymsInput>): Promise<void> {
  const owner = new Map<string, string>();
  for (const group of input.groups) {
    for (const word of [group.canonical, ...group.terms]) {
      const key = normaliseInterest(word);
      const other = owner.get(key);
      if (other !== undefined && other !== group.canonical) {
        const message = `“${word}” is in two groups (${other} and ${group.canonical}); keep it in one.`;
        throw new TrellisError('VALIDATION', message, { groups: message });
      }
      owner.set(key, group.canonical);
    }
  }
  await db.deleteFrom('interest_synonyms').execute();
  const rows = input.groups.flatMap((g) =>
    g.terms
      .filter((t) => normaliseInterest(t) !== normaliseInterest(g.canonical))
      .map((term) => ({ term, canonical: g.canonical })),
  );
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('interest_synonyms')
      .values(rows.slice(i, i + 500))
      .execute();
}
