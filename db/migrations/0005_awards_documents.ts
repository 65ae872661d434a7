import type { Kysely } from 'kysely';

/**
 * Frozen: mentoring awards (types, cycles, nominations, the PDF letters that
 * support a nomination, stored inside the encrypted database, and the survey
 * comments staff chose for a packet) and the images of the letterhead.
 * Letterhead text and standard document texts live in `settings`.
 * Never edit; later changes go in new migrations.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('award_types')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    // department | school | university
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('award_cycles')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('award_type_id', 'integer', (c) => c.notNull().references('award_types.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('max_support_letters', 'integer', (c) => c.notNull().defaultTo(2))
    // Page limits; null means no limit.
    .addColumn('letter_page_limit', 'integer', (c) => c.defaultTo(2))
    .addColumn('statement_page_limit', 'integer')
    .addColumn('packet_page_limit', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('award_cycles_type_year')
    .on('award_cycles')
    .columns(['award_type_id', 'year'])
    .unique()
    .execute();

  await db.schema
    .createTable('award_nominations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('cycle_id', 'integer', (c) => c.notNull().references('award_cycles.id'))
    .addColumn('nominee_id', 'integer', (c) => c.notNull().references('faculty.id'))
    .addColumn('nominator_id', 'integer', (c) => c.notNull().references('faculty.id'))
    // Confidential.
    .addColumn('statement', 'text', (c) => c.notNull().defaultTo(''))
    // draft | submitted | under_review | selected | not_selected
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('submitted_on', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('award_nominations_cycle_nominee')
    .on('award_nominations')
    .columns(['cycle_id', 'nominee_id'])
    .unique()
    .execute();
  await db.schema.createIndex('award_nominations_nominee').on('award_nominations').column('nominee_id').execute();

  // Letters are PDFs kept as blobs so nothing confidential sits beside the database as a loose file.
  await db.schema
    .createTable('nomination_letters')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('nomination_id', 'integer', (c) => c.notNull().references('award_nominations.id').onDelete('cascade'))
    // nomination | support | cv
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('pages', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('nomination_letters_nomination')
    .on('nomination_letters')
    .columns(['nomination_id', 'position'])
    .execute();

  // Survey comments staff selected for a packet, copied with names removed at the time of selection.
  await db.schema
    .createTable('nomination_comments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('nomination_id', 'integer', (c) => c.notNull().references('award_nominations.id').onDelete('cascade'))
    .addColumn('survey_id', 'integer', (c) => c.references('surveys.id'))
    .addColumn('question_key', 'text')
    // Confidential (anonymised, but still a colleague's words).
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Letterhead logo and signature images (PNG or JPEG bytes).
  await db.schema
    .createTable('document_images')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
