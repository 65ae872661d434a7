import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { databaseBefore, stamp, type MigrationStep } from './migrationStep';

let step: MigrationStep;
beforeEach(async () => {
  step = await databaseBefore('0002_mentoring');
  // The directory as a foundation database had it.
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
});
afterEach(() => step.close());

const pair = (mentor: number, mentee: number) => ({
  mentor_id: mentor,
  mentee_id: mentee,
  kind: 'mentor',
  program_id: 1,
  start_date: '2025-01-01',
  status: 'active',
  created_at: stamp,
  updated_at: stamp,
});

it('0002_mentoring adds the mentoring records beside the directory, keeping its people', async () => {
  expect(await step.apply()).toEqual([
    'change_requests',
    'meeting_attendance',
    'meetings',
    'mentorship_goals',
    'mentorship_reviews',
    'mentorships',
    'peer_group_members',
    'peer_groups',
    'program_target_ranks',
    'programs',
  ]);
  expect(await step.db.selectFrom('faculty').select(['id', 'name']).execute()).toEqual([
    { id: 1, name: 'Ana García' },
    { id: 2, name: 'Bo Li' },
  ]);

  // A pair between the people already there, in a program, with a meeting.
  await step.db
    .insertInto('programs')
    .values({ name: 'P', sponsor: 'OAA', created_at: stamp, updated_at: stamp })
    .execute();
  await step.db.insertInto('mentorships').values(pair(1, 2)).execute();
  await step.db
    .insertInto('meetings')
    .values({ mentorship_id: 1, held_on: '2025-02-01', duration_minutes: 45, created_at: stamp })
    .execute();
  expect(
    await step.db.selectFrom('programs').select(['status', 'max_group_size', 'mentee_warning_threshold']).execute(),
  ).toEqual([{ status: 'active', max_group_size: 8, mentee_warning_threshold: 4 }]);
  expect(await step.db.selectFrom('mentorships').select(['mentor_id', 'mentee_id', 'cadence_days']).execute()).toEqual([
    { mentor_id: 1, mentee_id: 2, cadence_days: 90 },
  ]);
});

it('0002_mentoring makes the database refuse what the rules refuse, should a bug ever get past the core', async () => {
  await step.apply();
  await step.db
    .insertInto('programs')
    .values({ name: 'P', sponsor: 'OAA', created_at: stamp, updated_at: stamp })
    .execute();
  // Nobody mentors themselves; a pair names people who exist; a meeting belongs to a pair or a group.
  await expect(step.db.insertInto('mentorships').values(pair(1, 1)).execute()).rejects.toThrow(/CHECK/);
  await expect(step.db.insertInto('mentorships').values(pair(1, 99)).execute()).rejects.toThrow(/FOREIGN KEY/);
  await expect(
    sql`INSERT INTO meetings (held_on, duration_minutes, created_at) VALUES ('2025-01-01', 30, ${stamp})`.execute(
      step.db,
    ),
  ).rejects.toThrow(/CHECK/);
  // The same pair of the same kind cannot be open twice.
  await step.db.insertInto('mentorships').values(pair(1, 2)).execute();
  await expect(step.db.insertInto('mentorships').values(pair(1, 2)).execute()).rejects.toThrow(/UNIQUE/);
});
