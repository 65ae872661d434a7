import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../db/connection';
import { migrateDatabase, schemaVersion } from '../../../db/migrate';
import { tempDir } from '../../support/tempCore';

const stamp = '2026-01-05T09:00:00.000Z';

it('0006_matching applies on top of a 0005 database with records, keeping them, and its tables hold their rules', async () => {
  const dir = tempDir('trellis-migration-');
  const sqlite = openEncryptedDatabase(join(dir.path, 'trellis.db'), randomBytes(32), { create: true });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a database as it was before this migration
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateDatabase(db, '0005_awards_documents');
    const person = (id: number, name: string, rank: string) => ({
      id,
      name,
      email: `p${id}@med.example.edu`,
      department: 'Medicine',
      rank,
      career_stage: 'mid',
      search_text: name.toLowerCase(),
      created_at: stamp,
      updated_at: stamp,
    });
    await db
      .insertInto('faculty')
      .values([person(1, 'Ana García', 'Professor'), person(2, 'Bo Li', 'Assistant Professor')])
      .execute();
    await db
      .insertInto('programs')
      .values({ id: 1, name: 'P', sponsor: 'OAA', created_at: stamp, updated_at: stamp })
      .execute();
    await db
      .insertInto('mentorships')
      .values({
        id: 7,
        mentor_id: 1,
        mentee_id: 2,
        kind: 'mentor',
        program_id: 1,
        start_date: '2025-01-01',
        status: 'proposed',
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();

    expect(await migrateDatabase(db, '0006_matching')).toEqual(['0006_matching']);
    expect(await schemaVersion(db)).toBe('0006_matching');
    expect(await db.selectFrom('mentorships').select(['id', 'status']).execute()).toEqual([
      { id: 7, status: 'proposed' },
    ]);

    // The default synonyms arrive with the migration, in the office's own words.
    const qi = await db.selectFrom('interest_synonyms').selectAll().where('term', '=', 'QI').execute();
    expect(qi).toEqual([{ term: 'QI', canonical: 'quality improvement' }]);

    // Representative rows of each table.
    await db
      .insertInto('mentor_availability')
      .values({ faculty_id: 1, available: 1, capacity: 3, updated_at: stamp })
      .execute();
    await db
      .insertInto('faculty_reports_to')
      .values({ faculty_id: 2, relation: 'supervisor', manager_id: 1, updated_at: stamp })
      .execute();
    await db
      .insertInto('never_pairs')
      .values({ person_a_id: 1, person_b_id: 2, reason: 'private', created_at: stamp })
      .execute();
    await db
      .insertInto('matching_settings')
      .values({
        program_id: 1,
        rank_rule: 'above',
        recent_pair_years: 3,
        min_score: 400,
        weights: '{}',
        updated_at: stamp,
      })
      .execute();
    await db
      .insertInto('mentee_requests')
      .values({ mentee_id: 2, mentor_ids: '[1]', topics: '["trauma"]', source: 'office', updated_at: stamp })
      .execute();
    await db
      .insertInto('faculty_demographics')
      .values({
        faculty_id: 2,
        gender: 'woman',
        race_ethnicity: '["asian"]',
        identity_matching_opt_in: 1,
        updated_at: stamp,
      })
      .execute();
    const { id: batchId } = await db
      .insertInto('match_batches')
      .values({ program_id: 1, kind: 'mentor', actor: 'test', created_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('match_batch_pairs')
      .values({ batch_id: batchId, mentorship_id: 7, mentee_id: 2, mentor_id: 1, score: 812, written_at: stamp })
      .execute();

    // The database refuses what the rules refuse, should a bug get past the core.
    const refused = [
      db.insertInto('never_pairs').values({ person_a_id: 2, person_b_id: 1, reason: 'x', created_at: stamp }),
      db.insertInto('faculty_reports_to').values({ faculty_id: 1, relation: 'boss', manager_id: 2, updated_at: stamp }),
      db
        .insertInto('faculty_reports_to')
        .values({ faculty_id: 1, relation: 'chair', manager_id: 1, updated_at: stamp }),
      db.updateTable('matching_settings').set({ rank_rule: 'below' }),
      db.updateTable('matching_settings').set({ min_score: 1001 }),
      db.updateTable('mentor_availability').set({ capacity: -1 }),
    ];
    for (const statement of refused) await expect(statement.execute()).rejects.toThrow(/CHECK/);

    // Undoing a batch removes its mentorships; the batch keeps its record with the link cleared.
    await db.deleteFrom('mentorships').where('id', '=', 7).execute();
    expect(await db.selectFrom('match_batch_pairs').select(['mentorship_id', 'score']).execute()).toEqual([
      { mentorship_id: null, score: 812 },
    ]);
    const indexes = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).all() as { name: string }[];
    expect(indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'never_pairs_pair_unique',
        'never_pairs_b',
        'match_batch_pairs_batch',
        'mentorships_mentor_kind',
      ]),
    );
  } finally {
    await db.destroy();
    dir.remove();
  }
});
