import { sql, type Kysely } from 'kysely';

/**
 * Frozen: finding mentors (issue 15) — who is willing to mentor and how many
 * mentees they can take, whom a person reports to, the office's "never pair"
 * list, the interest synonyms the office can edit, each program's matching
 * settings, what a mentee asked for, published cohort batches (so one can be
 * undone as a whole), and self-reported demographic fields. Never edit;
 * later changes go in new migrations.
 *
 * Confidential columns (never logged, audited or quoted in errors):
 * never_pairs.reason, mentee_requests.note, and every column of
 * faculty_demographics except the keys and timestamps.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  // One row per person who said something about mentoring; no row means
  // "available, with the program's usual capacity".
  await db.schema
    .createTable('mentor_availability')
    .addColumn('faculty_id', 'integer', (c) => c.primaryKey().references('faculty.id').onDelete('cascade'))
    .addColumn('available', 'integer', (c) => c.notNull().defaultTo(1))
    // Null: the program's mentee warning threshold.
    .addColumn('capacity', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('mentor_availability_capacity', sql`capacity IS NULL OR capacity BETWEEN 0 AND 50`)
    .execute();

  // Whom a person reports to, where the roster says: a mentor must not be one of them.
  await db.schema
    .createTable('faculty_reports_to')
    .addColumn('faculty_id', 'integer', (c) => c.notNull().references('faculty.id').onDelete('cascade'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'integer', (c) => c.notNull().references('faculty.id').onDelete('cascade'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('faculty_reports_to_pk', ['faculty_id', 'relation'])
    .addCheckConstraint('faculty_reports_to_relation', sql`relation IN ('supervisor', 'chair')`)
    .addCheckConstraint('faculty_reports_to_not_self', sql`faculty_id <> manager_id`)
    .execute();

  // Pairs the office will not make, either way round; stored with the lower id first.
  await db.schema
    .createTable('never_pairs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('person_a_id', 'integer', (c) => c.notNull().references('faculty.id').onDelete('cascade'))
    .addColumn('person_b_id', 'integer', (c) => c.notNull().references('faculty.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('never_pairs_ordered', sql`person_a_id < person_b_id`)
    .execute();
  await db.schema
    .createIndex('never_pairs_pair_unique')
    .on('never_pairs')
    .columns(['person_a_id', 'person_b_id'])
    .unique()
    .execute();
  // Looking a person up on either side of the list.
  await db.schema.createIndex('never_pairs_b').on('never_pairs').column('person_b_id').execute();

  // Interest words that mean the same: each term → the term it counts as (as the office typed them).
  await db.schema
    .createTable('interest_synonyms')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('canonical', 'text', (c) => c.notNull())
    .execute();
  const defaults = Object.entries(defaultSynonyms).flatMap(([canonical, terms]) =>
    terms.map((term) => ({ term, canonical })),
  );
  await db.insertInto('interest_synonyms').values(defaults).execute();

  await db.schema
    .createTable('matching_settings')
    .addColumn('program_id', 'integer', (c) => c.primaryKey().references('programs.id').onDelete('cascade'))
    .addColumn('rank_rule', 'text', (c) => c.notNull())
    .addColumn('recent_pair_years', 'integer', (c) => c.notNull())
    // Thousandths of a score (0–1000), so the setting is exact on any database.
    .addColumn('min_score', 'integer', (c) => c.notNull())
    // JSON object: criterion → whole-number weight.
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('matching_settings_rank_rule', sql`rank_rule IN ('above', 'same_or_above', 'any')`)
    .addCheckConstraint('matching_settings_years', sql`recent_pair_years BETWEEN 0 AND 20`)
    .addCheckConstraint('matching_settings_min_score', sql`min_score BETWEEN 0 AND 1000`)
    .execute();

  await db.schema
    .createTable('mentee_requests')
    .addColumn('mentee_id', 'integer', (c) => c.primaryKey().references('faculty.id').onDelete('cascade'))
    // JSON array of faculty ids the mentee named.
    .addColumn('mentor_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('department', 'text')
    // JSON array of topics.
    .addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('mentee_requests_source', sql`source IN ('office', 'survey')`)
    .execute();

  await db.schema
    .createTable('faculty_demographics')
    .addColumn('faculty_id', 'integer', (c) => c.primaryKey().references('faculty.id').onDelete('cascade'))
    .addColumn('gender', 'text')
    // JSON array of codes.
    .addColumn('race_ethnicity', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('underrepresented', 'integer')
    .addColumn('first_generation', 'integer')
    .addColumn('identity_matching_opt_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('match_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .execute();
  await db.schema.createIndex('match_batches_program').on('match_batches').columns(['program_id', 'id']).execute();

  await db.schema
    .createTable('match_batch_pairs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('match_batches.id').onDelete('cascade'))
    // Set null when the batch is undone and its proposed mentorships are removed.
    .addColumn('mentorship_id', 'integer', (c) => c.references('mentorships.id').onDelete('set null'))
    .addColumn('mentee_id', 'integer', (c) => c.notNull().references('faculty.id'))
    .addColumn('mentor_id', 'integer', (c) => c.notNull().references('faculty.id'))
    // Thousandths, as proposed; kept so the office can see later what the match was based on.
    .addColumn('score', 'integer', (c) => c.notNull())
    // The mentorship's updated_at as the batch wrote it: undo refuses once it differs.
    .addColumn('written_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('match_batch_pairs_batch').on('match_batch_pairs').column('batch_id').execute();
  await db.schema.createIndex('match_batch_pairs_mentorship').on('match_batch_pairs').column('mentorship_id').execute();

  // Matching counts a mentor's open mentees; this index also serves the mentee-load warning.
  await db.schema
    .createIndex('mentorships_mentor_kind')
    .on('mentorships')
    .columns(['mentor_id', 'status', 'kind'])
    .execute();
}

/**
 * The synonyms a new database starts with, in plain words as the office
 * would type them. Matching normalises both sides when it reads them (case,
 * accents, punctuation, British spellings, simple plurals; see
 * electron/core/matching/interests.ts), so "Substance-use disorders" finds
 * "substance use disorder". The office edits the list; frozen here with the
 * migration, and later defaults would come in a new one.
 */
const defaultSynonyms: Record<string, string[]> = {
  'quality improvement': ['QI', 'CQI', 'continuous quality improvement', 'quality and safety'],
  'medical education': ['MedEd', 'med ed', 'teaching', 'education', 'health professions education'],
  'health equity': ['health disparities', 'disparities research'],
  'machine learning': ['ML', 'AI', 'artificial intelligence', 'deep learning'],
  addictions: ['addiction', 'substance use', 'substance use disorders', 'substance abuse', 'addiction medicine'],
  'serious mental illness': ['SMI', 'severe mental illness'],
  trauma: ['trauma-informed care', 'PTSD'],
  'implementation science': ['dissemination and implementation', 'implementation research'],
  'health services research': ['HSR', 'outcomes research'],
  'clinical trials': ['RCT', 'randomized controlled trials'],
  'global health': ['international health'],
  'palliative care': ['palliative medicine', 'hospice and palliative medicine', 'end-of-life care'],
  'integrated care': ['integrated behavioral health', 'collaborative care'],
  'community engagement': ['community-engaged research', 'CBPR', 'community-based participatory research'],
  simulation: ['simulation-based education'],
  'work-life integration': ['work-life balance', 'wellness', 'well-being', 'burnout'],
  promotion: ['promotion and tenure', 'advancement'],
  'grant writing': ['grantsmanship', 'K awards', 'K-to-R transition'],
  leadership: ['leadership development', 'new leaders'],
};
