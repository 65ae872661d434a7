import { afterEach, beforeEach, expect, it } from 'vitest';
import { databaseBefore, stamp, type MigrationStep } from './migrationStep';

let step: MigrationStep;
beforeEach(async () => (step = await databaseBefore('0007_workshops')));
afterEach(() => step.close());

it('0007_workshops applies on top of a database with mentoring records, keeping them, and guards its rows', async () => {
  const person = (id: number, name: string) => ({
    id,
    name,
    email: `p${id}@med.example.edu`,
    department: 'Medicine',
    rank: 'Assistant Professor',
    career_stage: 'early',
    search_text: name.toLowerCase(),
    created_at: stamp,
    updated_at: stamp,
  });
  await step.db
    .insertInto('faculty')
    .values([person(1, 'Ana García'), person(2, 'Bo Li')])
    .execute();
  await step.db
    .insertInto('programs')
    .values({ id: 1, name: 'Peer Mentoring', sponsor: 'OAA', created_at: stamp, updated_at: stamp })
    .execute();
  await step.db
    .insertInto('mentorships')
    .values({
      mentor_id: 1,
      mentee_id: 2,
      kind: 'peer',
      program_id: 1,
      start_date: '2026-01-01',
      status: 'active',
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();

  expect(await step.apply()).toEqual([
    'workshop_facilitators',
    'workshop_participants',
    'workshop_seats',
    'workshop_wishes',
    'workshops',
  ]);
  expect((await step.db.selectFrom('mentorships').select(['mentor_id', 'mentee_id']).execute())[0]).toEqual({
    mentor_id: 1,
    mentee_id: 2,
  });

  await step.db
    .insertInto('workshops')
    .values({
      id: 1,
      program_id: 1,
      title: 'Peer Mentoring for Career Success',
      held_on: '2026-03-10',
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  const workshop = await step.db.selectFrom('workshops').selectAll().executeTakeFirstOrThrow();
  expect([workshop.round_minutes, workshop.round_count, workshop.table_count]).toEqual([10, 4, null]);
  await step.db
    .insertInto('workshop_facilitators')
    .values([
      { workshop_id: 1, position: 0, faculty_id: 1, name: null },
      { workshop_id: 1, position: 1, faculty_id: null, name: 'Office staff' },
    ])
    .execute();
  const participant = (id: number, fields: Record<string, unknown>) => ({
    id,
    workshop_id: 1,
    source: 'directory',
    created_at: stamp,
    ...fields,
  });
  await step.db
    .insertInto('workshop_participants')
    .values([
      participant(1, { faculty_id: 1, checked_in_at: stamp }),
      participant(2, { faculty_id: 2, checked_in_at: stamp }),
      participant(3, { name: 'Walk-in Guest', source: 'walk_in', checked_in_at: stamp }),
    ])
    .execute();
  await step.db
    .insertInto('workshop_seats')
    .values([
      { workshop_id: 1, round: 1, group_number: 1, table_number: 1, participant_id: 1 },
      { workshop_id: 1, round: 1, group_number: 1, table_number: 1, participant_id: 2 },
      { workshop_id: 1, round: 1, group_number: 1, table_number: 1, participant_id: 3 },
    ])
    .execute();
  await step.db.insertInto('workshop_wishes').values({ participant_id: 1, partner_id: 2, created_at: stamp }).execute();

  // The database refuses what the core refuses, should a bug ever get past it.
  const refused = (promise: Promise<unknown>) => expect(promise).rejects.toThrow(/constraint/i);
  await refused(
    step.db
      .insertInto('workshop_participants')
      .values(participant(4, { faculty_id: 1 }))
      .execute(),
  );
  await refused(step.db.insertInto('workshop_participants').values(participant(5, {})).execute());
  await refused(
    step.db
      .insertInto('workshop_participants')
      .values(participant(6, { name: 'X', source: 'guess' }))
      .execute(),
  );
  await refused(
    step.db
      .insertInto('workshop_participants')
      .values(participant(7, { name: 'X', left_at: stamp }))
      .execute(),
  );
  await refused(
    step.db
      .insertInto('workshop_facilitators')
      .values({ workshop_id: 1, position: 2, faculty_id: 2, name: 'Both' })
      .execute(),
  );
  await refused(
    step.db.insertInto('workshop_wishes').values({ participant_id: 2, partner_id: 2, created_at: stamp }).execute(),
  );
  await refused(
    step.db
      .insertInto('workshops')
      .values({
        program_id: 1,
        title: 'T',
        held_on: '2026-03-11',
        round_minutes: 1,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute(),
  );

  // Removing a workshop removes everything that belongs to it, and nothing else.
  await step.db.deleteFrom('workshops').where('id', '=', 1).execute();
  for (const table of ['workshop_facilitators', 'workshop_participants', 'workshop_seats', 'workshop_wishes']) {
    expect(await step.db.selectFrom(table).selectAll().execute()).toEqual([]);
  }
  expect(await step.db.selectFrom('faculty').select('id').execute()).toHaveLength(2);
});
