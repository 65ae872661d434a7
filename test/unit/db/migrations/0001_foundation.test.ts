import { afterEach, beforeEach, expect, it } from 'vitest';
import { databaseBefore, stamp, type MigrationStep } from './migrationStep';

let step: MigrationStep;
beforeEach(async () => (step = await databaseBefore('0001_foundation')));
afterEach(() => step.close());

const person = (email: string, employeeId: string | null) => ({
  name: 'Ana García',
  email,
  employee_id: employeeId,
  department: 'Medicine',
  rank: 'Professor',
  career_stage: 'late',
  search_text: 'ana garcia',
  created_at: stamp,
  updated_at: stamp,
});

it('0001_foundation makes an empty database into the directory, the audit log and settings', async () => {
  expect(await step.apply()).toEqual(['audit_log', 'faculty', 'settings']);

  await step.db.insertInto('faculty').values(person('ana.garcia@med.example.edu', 'E1')).execute();
  // Defaults a new person starts with: no interests, derived stage, active.
  expect(
    await step.db
      .selectFrom('faculty')
      .select(['id', 'interests', 'career_stage_set', 'first_time_leader', 'active'])
      .execute(),
  ).toEqual([{ id: 1, interests: '[]', career_stage_set: 0, first_time_leader: 0, active: 1 }]);

  await step.db
    .insertInto('audit_log')
    .values({ at: stamp, actor: 'test', operation: 'faculty.create', record_type: 'faculty', record_id: '1' })
    .execute();
  await step.db.insertInto('settings').values({ key: 'autoLock.minutes', value: '15', updated_at: stamp }).execute();
  expect(await step.db.selectFrom('settings').select(['key', 'value']).execute()).toEqual([
    { key: 'autoLock.minutes', value: '15' },
  ]);
});

it('0001_foundation keeps emails and employee ids unique, yet lets many people have no employee id', async () => {
  await step.apply();
  await step.db.insertInto('faculty').values(person('ana@x.edu', 'E1')).execute();
  await expect(step.db.insertInto('faculty').values(person('ana@x.edu', 'E2')).execute()).rejects.toThrow(/UNIQUE/);
  await expect(step.db.insertInto('faculty').values(person('bo@x.edu', 'E1')).execute()).rejects.toThrow(/UNIQUE/);
  await step.db.insertInto('faculty').values(person('bo@x.edu', null)).execute();
  await step.db.insertInto('faculty').values(person('cy@x.edu', null)).execute();
  expect((await step.db.selectFrom('faculty').select('email').execute()).map((r) => r.email)).toEqual([
    'ana@x.edu',
    'bo@x.edu',
    'cy@x.edu',
  ]);
});
