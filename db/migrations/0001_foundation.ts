import { sql, type Kysely } from 'kysely';

/**
 * Frozen: this migration describes the database as it was when the foundation
 * shipped. Later changes go in new migrations; never edit this one.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('faculty')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text')
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('division', 'text')
    .addColumn('rank', 'text', (c) => c.notNull())
    .addColumn('track', 'text')
    .addColumn('appointment_start', 'text')
    .addColumn('career_stage', 'text', (c) => c.notNull())
    .addColumn('career_stage_set', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('interests', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('first_time_leader', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Email is stored lower-cased, so a plain unique index is case-insensitive in effect.
  await db.schema.createIndex('faculty_email_unique').on('faculty').column('email').unique().execute();
  await db.schema
    .createIndex('faculty_employee_id_unique')
    .on('faculty')
    .column('employee_id')
    .unique()
    .where(sql.ref('employee_id'), 'is not', null)
    .execute();
  await db.schema.createIndex('faculty_department').on('faculty').columns(['department', 'name']).execute();
  await db.schema.createIndex('faculty_name').on('faculty').column('name').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['record_type', 'record_id']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
