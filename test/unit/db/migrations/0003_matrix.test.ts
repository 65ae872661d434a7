import { afterEach, beforeEach, expect, it } from 'vitest';
import { databaseBefore, stamp, type MigrationStep } from './migrationStep';

let step: MigrationStep;
beforeEach(async () => {
  step = await databaseBefore('0003_matrix');
  // A person and a program, as a mentoring database had them.
  await step.db
    .insertInto('faculty')
    .values({
      name: 'Ana García',
      email: 'ana.garcia@med.example.edu',
      department: 'Medicine',
      rank: 'Professor',
      career_stage: 'late',
      search_text: 'ana garcia',
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await step.db
    .insertInto('programs')
    .values({ name: 'Early Career Program', sponsor: 'OAA', created_at: stamp, updated_at: stamp })
    .execute();
});
afterEach(() => step.close());

/** One role with one responsibility in one column: the smallest matrix. */
async function addMatrixCell(): Promise<void> {
  await step.db.insertInto('matrix_columns').values({ heading: 'Career development', position: 0 }).execute();
  await step.db.insertInto('matrix_roles').values({ name: 'Mentor', position: 0, person_role: 'mentor' }).execute();
  await step.db
    .insertInto('matrix_responsibilities')
    .values({ role_id: 1, column_id: 1, text: 'Meets at least quarterly.', position: 0 })
    .execute();
}

it('0003_matrix adds the matrix, whose roles are held in the programs and by the people already there', async () => {
  expect(await step.apply()).toEqual([
    'matrix_columns',
    'matrix_responsibilities',
    'matrix_roles',
    'program_responsibility_status',
    'program_role_holders',
  ]);
  await addMatrixCell();
  await step.db.insertInto('program_role_holders').values({ program_id: 1, role_id: 1, faculty_id: 1 }).execute();
  await step.db
    .insertInto('program_role_holders')
    .values({ program_id: 1, role_id: 1, office_name: 'Office of Academic Affairs' })
    .execute();
  await step.db
    .insertInto('program_responsibility_status')
    .values({ program_id: 1, responsibility_id: 1, status: 'done', status_date: '2025-03-01', updated_at: stamp })
    .execute();
  expect(
    await step.db
      .selectFrom('program_role_holders')
      .innerJoin('programs', 'programs.id', 'program_role_holders.program_id')
      .leftJoin('faculty', 'faculty.id', 'program_role_holders.faculty_id')
      .select(['programs.name as program', 'faculty.name as person', 'office_name'])
      .orderBy('program_role_holders.id')
      .execute(),
  ).toEqual([
    { program: 'Early Career Program', person: 'Ana García', office_name: null },
    { program: 'Early Career Program', person: null, office_name: 'Office of Academic Affairs' },
  ]);

  // A program that is deleted takes its holders and its tracking with it.
  await step.db.deleteFrom('programs').execute();
  expect(await step.db.selectFrom('program_role_holders').selectAll().execute()).toEqual([]);
  expect(await step.db.selectFrom('program_responsibility_status').selectAll().execute()).toEqual([]);
});

it('0003_matrix lets a role be held by a person or an office, never both or neither', async () => {
  await step.apply();
  await addMatrixCell();
  const holder = { program_id: 1, role_id: 1 };
  await expect(
    step.db
      .insertInto('program_role_holders')
      .values({ ...holder, faculty_id: 1, office_name: 'OAA' })
      .execute(),
  ).rejects.toThrow(/CHECK/);
  await expect(step.db.insertInto('program_role_holders').values(holder).execute()).rejects.toThrow(/CHECK/);
  await expect(
    step.db
      .insertInto('program_role_holders')
      .values({ ...holder, faculty_id: 42 })
      .execute(),
  ).rejects.toThrow(/FOREIGN KEY/);
});
