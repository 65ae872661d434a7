import { afterEach, beforeEach, expect, it } from 'vitest';
import { databaseBefore, stamp, type MigrationStep } from './migrationStep';

let step: MigrationStep;
beforeEach(async () => {
  step = await databaseBefore('0004_imports');
  // A person in the directory, as a database with the matrix had them.
  await step.db
    .insertInto('faculty')
    .values({
      name: 'Chinwe Okafor',
      email: 'chinwe.okafor@med.example.edu',
      department: 'Medicine',
      rank: 'Assistant Professor',
      career_stage: 'early',
      search_text: 'chinwe okafor',
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
});
afterEach(() => step.close());

/** A survey with one question, and one import batch that brought answers to it. */
async function addSurveyAndBatch(): Promise<void> {
  await step.db
    .insertInto('surveys')
    .values({ name: 'Annual Mentoring Survey', year: 2025, kind: 'annual', created_at: stamp, updated_at: stamp })
    .execute();
  await step.db
    .insertInto('survey_questions')
    .values({ survey_id: 1, position: 0, key: 'q1', text: 'Do you have a mentor?', type: 'single' })
    .execute();
  await step.db
    .insertInto('import_batches')
    .values({
      kind: 'survey',
      file_name: 'survey.xlsx',
      sha256: 'ab'.repeat(32),
      sheet: 'Sheet1',
      survey_id: 1,
      mapping: '{}',
      counts: '{}',
      actor: 'test',
      created_at: stamp,
    })
    .execute();
}

const answerOf = (facultyId: number | null) => ({
  survey_id: 1,
  batch_id: 1,
  faculty_id: facultyId,
  status: 'complete',
  answers: '{"0":"Yes"}',
  source_row: 2,
  created_at: stamp,
});

it('0004_imports adds imports and surveys, whose answers link to the people already there', async () => {
  expect(await step.apply()).toEqual([
    'import_batch_items',
    'import_batches',
    'import_mappings',
    'import_rejected_rows',
    'import_templates',
    'survey_effects',
    'survey_questions',
    'survey_responses',
    'surveys',
  ]);
  await addSurveyAndBatch();
  await step.db.insertInto('survey_responses').values(answerOf(1)).execute();
  await step.db
    .insertInto('import_batch_items')
    .values({ batch_id: 1, record_type: 'survey_response', record_id: 1, action: 'insert' })
    .execute();
  expect(
    await step.db
      .selectFrom('survey_responses')
      .innerJoin('faculty', 'faculty.id', 'survey_responses.faculty_id')
      .select(['faculty.name', 'superseded', 'answers'])
      .execute(),
  ).toEqual([{ name: 'Chinwe Okafor', superseded: 0, answers: '{"0":"Yes"}' }]);
  expect(await step.db.selectFrom('survey_questions').select('options').execute()).toEqual([{ options: '[]' }]);
});

it('0004_imports keeps a person who answered a survey from being deleted, and a survey name to one per year', async () => {
  await step.apply();
  await addSurveyAndBatch();
  await step.db.insertInto('survey_responses').values(answerOf(1)).execute();
  await expect(step.db.deleteFrom('faculty').execute()).rejects.toThrow(/FOREIGN KEY/);
  await expect(
    step.db
      .insertInto('surveys')
      .values({ name: 'Annual Mentoring Survey', year: 2025, kind: 'annual', created_at: stamp, updated_at: stamp })
      .execute(),
  ).rejects.toThrow(/UNIQUE/);
  // An answer from someone not (yet) in the directory is kept unlinked.
  await step.db.insertInto('survey_responses').values(answerOf(null)).execute();
  expect(await step.db.selectFrom('survey_responses').select('faculty_id').orderBy('id').execute()).toEqual([
    { faculty_id: 1 },
    { faculty_id: null },
  ]);
});
