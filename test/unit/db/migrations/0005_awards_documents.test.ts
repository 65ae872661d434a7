import { afterEach, beforeEach, expect, it } from 'vitest';
import { databaseBefore, stamp, type MigrationStep } from './migrationStep';

let step: MigrationStep;
beforeEach(async () => {
  step = await databaseBefore('0005_awards_documents');
  // Two people and a survey, as a database with imports had them.
  for (const [name, email] of [
    ['Ana García', 'ana.garcia@med.example.edu'],
    ['Bo Li', 'bo.li@med.example.edu'],
  ] as const) {
    await step.db
      .insertInto('faculty')
      .values({
        name,
        email,
        department: 'Medicine',
        rank: 'Professor',
        career_stage: 'late',
        search_text: name.toLowerCase(),
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
  }
  await step.db
    .insertInto('surveys')
    .values({ name: 'Annual Mentoring Survey', year: 2025, kind: 'annual', created_at: stamp, updated_at: stamp })
    .execute();
});
afterEach(() => step.close());

/** An award, its 2026 cycle, and Ana nominated by Bo. */
async function addNomination(): Promise<void> {
  await step.db
    .insertInto('award_types')
    .values({ name: 'Mentor of the Year', level: 'department', created_at: stamp, updated_at: stamp })
    .execute();
  await step.db
    .insertInto('award_cycles')
    .values({
      award_type_id: 1,
      year: 2026,
      opens_on: '2026-01-01',
      closes_on: '2026-03-01',
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await step.db
    .insertInto('award_nominations')
    .values({ cycle_id: 1, nominee_id: 1, nominator_id: 2, created_at: stamp, updated_at: stamp })
    .execute();
}

const letterBytes = Buffer.from('%PDF-1.7 a letter');

it('0005_awards_documents adds awards whose nominations name the people and cite the surveys already there', async () => {
  expect(await step.apply()).toEqual([
    'award_cycles',
    'award_nominations',
    'award_types',
    'document_images',
    'nomination_comments',
    'nomination_letters',
  ]);
  await addNomination();
  await step.db
    .insertInto('nomination_letters')
    .values({
      nomination_id: 1,
      kind: 'support',
      title: 'Letter',
      file_name: 'letter.pdf',
      pages: 1,
      sha256: 'cd'.repeat(32),
      bytes: letterBytes,
      position: 0,
      created_at: stamp,
    })
    .execute();
  await step.db
    .insertInto('nomination_comments')
    .values({ nomination_id: 1, survey_id: 1, question_key: 'q9', text: 'Generous.', position: 0, created_at: stamp })
    .execute();

  // The limits a new cycle starts with: two support letters of two pages each, no other limit.
  expect(
    await step.db
      .selectFrom('award_cycles')
      .select(['criteria', 'max_support_letters', 'letter_page_limit', 'statement_page_limit', 'packet_page_limit'])
      .execute(),
  ).toEqual([
    { criteria: '', max_support_letters: 2, letter_page_limit: 2, statement_page_limit: null, packet_page_limit: null },
  ]);
  expect(
    await step.db
      .selectFrom('award_nominations')
      .innerJoin('faculty as nominee', 'nominee.id', 'award_nominations.nominee_id')
      .innerJoin('faculty as nominator', 'nominator.id', 'award_nominations.nominator_id')
      .select(['nominee.name as nominee', 'nominator.name as nominator', 'status', 'statement'])
      .execute(),
  ).toEqual([{ nominee: 'Ana García', nominator: 'Bo Li', status: 'draft', statement: '' }]);
  // Letters are kept in the database byte for byte.
  const [letter] = await step.db.selectFrom('nomination_letters').select('bytes').execute();
  expect(Buffer.compare(letter!.bytes, letterBytes)).toBe(0);

  // Deleting a nomination takes its letters and chosen comments with it.
  await step.db.deleteFrom('award_nominations').execute();
  expect(await step.db.selectFrom('nomination_letters').select('id').execute()).toEqual([]);
  expect(await step.db.selectFrom('nomination_comments').select('id').execute()).toEqual([]);
});

it('0005_awards_documents allows one cycle of an award a year and one nomination of a person a cycle', async () => {
  await step.apply();
  await addNomination();
  await expect(
    step.db
      .insertInto('award_cycles')
      .values({
        award_type_id: 1,
        year: 2026,
        opens_on: '2026-06-01',
        closes_on: '2026-07-01',
        created_at: stamp,
        updated_at: stamp,
      })
      .execute(),
  ).rejects.toThrow(/UNIQUE/);
  await expect(
    step.db
      .insertInto('award_nominations')
      .values({ cycle_id: 1, nominee_id: 1, nominator_id: 2, created_at: stamp, updated_at: stamp })
      .execute(),
  ).rejects.toThrow(/UNIQUE/);
  await expect(
    step.db
      .insertInto('award_nominations')
      .values({ cycle_id: 1, nominee_id: 99, nominator_id: 2, created_at: stamp, updated_at: stamp })
      .execute(),
  ).rejects.toThrow(/FOREIGN KEY/);
});
