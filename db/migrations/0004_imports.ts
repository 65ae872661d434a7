import type { Kysely } from 'kysely';

/**
 * Frozen: spreadsheet imports (batches, what each batch touched, rejected
 * rows, remembered mappings, templates) and surveys (definitions, questions,
 * responses, and the effects of the annual survey that staff accepted).
 * Never edit; later changes go in new migrations.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('surveys_name_year').on('surveys').columns(['name', 'year']).unique().execute();

  await db.schema
    .createTable('survey_questions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    // JSON array of labels; for Likert questions, in scale order.
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    // What an answer means for the office: hasMentor, wantsMentorChange, peerGroupTopics.
    .addColumn('effect', 'text')
    .execute();
  await db.schema
    .createIndex('survey_questions_key')
    .on('survey_questions')
    .columns(['survey_id', 'key'])
    .unique()
    .execute();

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('sheet', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'integer', (c) => c.references('surveys.id'))
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema.createIndex('import_batches_sha256').on('import_batches').column('sha256').execute();

  // Records a batch inserted, updated, deactivated or superseded, with what to restore.
  await db.schema
    .createTable('import_batch_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    // JSON of the columns as they were before, for updates.
    .addColumn('before', 'text')
    // JSON of the columns as the batch left them, so undo can tell whether someone changed the record since.
    .addColumn('written', 'text')
    .execute();
  await db.schema
    .createIndex('import_batch_items_batch')
    .on('import_batch_items')
    .columns(['batch_id', 'record_type'])
    .execute();

  await db.schema
    .createTable('import_rejected_rows')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('cells', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_rejected_rows_batch').on('import_rejected_rows').column('batch_id').execute();

  await db.schema
    .createTable('import_mappings')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('value_maps', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('used_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_mappings_pk', ['kind', 'fingerprint'])
    .execute();

  await db.schema
    .createTable('import_templates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('value_maps', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('codebook', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('import_templates_name')
    .on('import_templates')
    .columns(['kind', 'name'])
    .unique()
    .execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id'))
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    // Restrict, not cascade or set null: removing a person must not silently drop or orphan answers.
    .addColumn('faculty_id', 'integer', (c) => c.references('faculty.id'))
    // Who answered, for recognising the same respondent in a later file (f:id, e:email, i:employee id, n:name).
    .addColumn('respondent_key', 'text')
    .addColumn('response_ref', 'text')
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('superseded', 'integer', (c) => c.notNull().defaultTo(0))
    // The person's department, rank and career stage when they answered, for breakdowns.
    .addColumn('department', 'text')
    .addColumn('rank', 'text')
    .addColumn('career_stage', 'text')
    // JSON object: question position → answer (text, number, [labels], or [ordinal, label] for Likert).
    // Positions, not keys: a survey of 50 questions and 50,000 responses stays small and fast to write.
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('source_row', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('survey_responses_survey')
    .on('survey_responses')
    .columns(['survey_id', 'superseded'])
    .execute();
  await db.schema
    .createIndex('survey_responses_respondent')
    .on('survey_responses')
    .columns(['survey_id', 'respondent_key'])
    .execute();
  await db.schema
    .createIndex('survey_responses_ref')
    .on('survey_responses')
    .columns(['survey_id', 'response_ref'])
    .execute();
  await db.schema.createIndex('survey_responses_batch').on('survey_responses').column('batch_id').execute();
  await db.schema.createIndex('survey_responses_faculty').on('survey_responses').column('faculty_id').execute();

  await db.schema
    .createTable('survey_effects')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id'))
    .addColumn('response_id', 'integer', (c) => c.notNull().references('survey_responses.id'))
    .addColumn('faculty_id', 'integer', (c) => c.notNull().references('faculty.id'))
    // changeRequest | peerTopicInterest | noMentor
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    // The change request the mentoring domain created for it, when it did.
    .addColumn('change_request_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_effects_kind').on('survey_effects').columns(['kind', 'survey_id']).execute();
  await db.schema.createIndex('survey_effects_batch').on('survey_effects').column('batch_id').execute();
}
