import { afterEach, beforeEach, expect, it } from 'vitest';
import { databaseBefore, stamp, type MigrationStep } from './migrationStep';

let step: MigrationStep;
beforeEach(async () => (step = await databaseBefore('0006_matching')));
afterEach(() => step.close());

it('0006_matching applies on top of a 0005 database with records, keeping them, and its tables hold their rules', async () => {
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
  await step.db
    .insertInto('faculty')
    .values([person(1, 'Ana García', 'Professor'), person(2, 'Bo Li', 'Assistant Professor')])
    .execute();
  await step.db
    .insertInto('programs')
    .values({ id: 1, name: 'P', sponsor: 'OAA', created_at: stamp, updated_at: stamp })
    .execute();
  await step.db
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

  expect(await step.apply()).toEqual([
    'faculty_demographics',
    'faculty_reports_to',
    'interest_synonyms',
    'match_batch_pairs',
    'match_batches',
    'matching_settings',
    'mentee_requests',
    'mentor_availability',
    'never_pairs',
  ]);
  expect(await step.db.selectFrom('mentorships').select(['id', 'status']).execute()).toEqual([
    { id: 7, status: 'proposed' },
  ]);

  // The default synonyms arrive with the migration, in the office's own words.
  const qi = await step.db.selectFrom('interest_synonyms').selectAll().where('term', '=', 'QI').execute();
  expect(qi).toEqual([{ term: 'QI', canonical: 'quality improvement' }]);

  // Representative rows of each table.
  await step.db
    .insertInto('mentor_availability')
    .values({ faculty_id: 1, available: 1, capacity: 3, updated_at: stamp })
    .execute();
  await step.db
    .insertInto('faculty_reports_to')
    .values({ faculty_id: 2, relation: 'supervisor', manager_id: 1, updated_at: stamp })
    .execute();
  await step.db
    .insertInto('never_pairs')
    .values({ person_a_id: 1, person_b_id: 2, reason: 'private', created_at: stamp })
    .execute();
  await step.db
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
  await step.db
    .insertInto('mentee_requests')
    .values({ mentee_id: 2, mentor_ids: '[1]', topics: '["trauma"]', source: 'office', updated_at: stamp })
    .execute();
  await step.db
    .insertInto('faculty_demographics')
    .values({
      faculty_id: 2,
      gender: 'woman',
      race_ethnicity: '["asian"]',
      identity_matching_opt_in: 1,
      updated_at: stamp,
    })
    .execute();
  const { id: batchId } = await step.db
    .insertInto('match_batches')
    .values({ program_id: 1, kind: 'mentor', actor: 'test', created_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await step.db
    .insertInto('match_batch_pairs')
    .values({ batch_id: batchId, mentorship_id: 7, mentee_id: 2, mentor_id: 1, score: 812, written_at: stamp })
    .execute();

  // The database refuses what the rules refuse, should a bug get past the core.
  const refused = [
    step.db.insertInto('never_pairs').values({ person_a_id: 2, person_b_id: 1, reason: 'x', created_at: stamp }),
    step.db
      .insertInto('faculty_reports_to')
      .values({ faculty_id: 1, relation: 'boss', manager_id: 2, updated_at: stamp }),
    step.db
      .insertInto('faculty_reports_to')
      .values({ faculty_id: 1, relation: 'chair', manager_id: 1, updated_at: stamp }),
    step.db.updateTable('matching_settings').set({ rank_rule: 'below' }),
    step.db.updateTable('matching_settings').set({ min_score: 1001 }),
    step.db.updateTable('mentor_availability').set({ capacity: -1 }),
  ];
  for (const statement of refused) await expect(statement.execute()).rejects.toThrow(/CHECK/);

  // Undoing a batch removes its mentorships; the batch keeps its record with the link cleared.
  await step.db.deleteFrom('mentorships').where('id', '=', 7).execute();
  expect(await step.db.selectFrom('match_batch_pairs').select(['mentorship_id', 'score']).execute()).toEqual([
    { mentorship_id: null, score: 812 },
  ]);
  const indexes = step.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).all() as {
    name: string;
  }[];
  expect(indexes.map((i) => i.name)).toEqual(
    expect.arrayContaining([
      'never_pairs_pair_unique',
      'never_pairs_b',
      'match_batch_pairs_batch',
      'mentorships_mentor_kind',
    ]),
  );
});
