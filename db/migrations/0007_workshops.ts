import { sql, type Kysely } from 'kysely';

/**
 * Frozen: speed peer-mentoring workshops (seed 002) — the workshop, its
 * facilitators, its participants (from the directory, a sign-up sheet, or
 * walking in on the day, with or without a directory record), the planned
 * seats of each round, and the partners participants would like to keep
 * meeting. Never edit; later changes go in new migrations.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text')
    .addColumn('place', 'text')
    .addColumn('round_minutes', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('round_count', 'integer', (c) => c.notNull().defaultTo(4))
    // Null: every pair (and the trio) has a table of its own.
    .addColumn('table_count', 'integer')
    .addColumn('plan_seed', 'integer')
    .addColumn('planned_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('workshops_round_minutes', sql`round_minutes BETWEEN 2 AND 60`)
    .addCheckConstraint('workshops_round_count', sql`round_count BETWEEN 1 AND 200`)
    .addCheckConstraint('workshops_table_count', sql`table_count IS NULL OR table_count >= 1`)
    .execute();
  // The workshops of a program, by date; attendance in a period.
  await db.schema.createIndex('workshops_program').on('workshops').columns(['program_id', 'held_on']).execute();
  await db.schema.createIndex('workshops_held_on').on('workshops').column('held_on').execute();

  await db.schema
    .createTable('workshop_facilitators')
    .addColumn('workshop_id', 'integer', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('faculty_id', 'integer', (c) => c.references('faculty.id'))
    .addColumn('name', 'text')
    .addPrimaryKeyConstraint('workshop_facilitators_pk', ['workshop_id', 'position'])
    .addCheckConstraint('workshop_facilitators_who', sql`(faculty_id IS NULL) <> (name IS NULL)`)
    .execute();
  // The service letter counts the workshops a person facilitated.
  await db.schema
    .createIndex('workshop_facilitators_faculty')
    .on('workshop_facilitators')
    .column('faculty_id')
    .execute();

  await db.schema
    .createTable('workshop_participants')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('workshop_id', 'integer', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('faculty_id', 'integer', (c) => c.references('faculty.id'))
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('department', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('checked_in_at', 'text')
    .addColumn('left_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('workshop_participants_who', sql`faculty_id IS NOT NULL OR name IS NOT NULL`)
    .addCheckConstraint('workshop_participants_source', sql`source IN ('directory', 'signup', 'walk_in')`)
    .addCheckConstraint('workshop_participants_left', sql`left_at IS NULL OR checked_in_at IS NOT NULL`)
    .execute();
  // A person takes part in a workshop once.
  await db.schema
    .createIndex('workshop_participants_person_unique')
    .on('workshop_participants')
    .columns(['workshop_id', 'faculty_id'])
    .unique()
    .where(sql.ref('faculty_id'), 'is not', null)
    .execute();
  // The person page and the service letter count a person's workshops.
  await db.schema
    .createIndex('workshop_participants_faculty')
    .on('workshop_participants')
    .columns(['faculty_id', 'checked_in_at'])
    .execute();

  await db.schema
    .createTable('workshop_seats')
    .addColumn('workshop_id', 'integer', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('group_number', 'integer', (c) => c.notNull())
    .addColumn('table_number', 'integer', (c) => c.notNull())
    .addColumn('participant_id', 'integer', (c) =>
      c.notNull().references('workshop_participants.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('workshop_seats_pk', ['workshop_id', 'round', 'participant_id'])
    .execute();
  // Earlier workshops' pairs, found from a participant's seats.
  await db.schema.createIndex('workshop_seats_participant').on('workshop_seats').column('participant_id').execute();

  await db.schema
    .createTable('workshop_wishes')
    .addColumn('participant_id', 'integer', (c) =>
      c.notNull().references('workshop_participants.id').onDelete('cascade'),
    )
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('workshop_participants.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_wishes_pk', ['participant_id', 'partner_id'])
    .addCheckConstraint('workshop_wishes_not_self', sql`participant_id <> partner_id`)
    .execute();
  await db.schema.createIndex('workshop_wishes_partner').on('workshop_wishes').column('partner_id').execute();
}
