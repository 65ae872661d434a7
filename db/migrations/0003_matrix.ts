import { sql, type Kysely } from 'kysely';

/**
 * Frozen: the role–responsibility matrix as first shipped. The default
 * content is loaded by the core on first unlock, not here, so that this
 * migration never depends on a resource file that may change.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('matrix_columns')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('heading', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('matrix_roles')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('person_role', 'text')
    .execute();

  await db.schema
    .createTable('matrix_responsibilities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('role_id', 'integer', (c) => c.notNull().references('matrix_roles.id').onDelete('cascade'))
    .addColumn('column_id', 'integer', (c) => c.notNull().references('matrix_columns.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('matrix_responsibilities_cell')
    .on('matrix_responsibilities')
    .columns(['role_id', 'column_id', 'position'])
    .execute();

  await db.schema
    .createTable('program_role_holders')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('role_id', 'integer', (c) => c.notNull().references('matrix_roles.id').onDelete('cascade'))
    .addColumn('faculty_id', 'integer', (c) => c.references('faculty.id'))
    .addColumn('office_name', 'text')
    .addCheckConstraint('holder_is_person_or_office', sql`(faculty_id IS NULL) <> (office_name IS NULL)`)
    .execute();
  await db.schema
    .createIndex('program_role_holders_program')
    .on('program_role_holders')
    .columns(['program_id', 'role_id'])
    .execute();

  await db.schema
    .createTable('program_responsibility_status')
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('responsibility_id', 'integer', (c) =>
      c.notNull().references('matrix_responsibilities.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_date', 'text')
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('program_responsibility_status_pk', ['program_id', 'responsibility_id'])
    .execute();
}
