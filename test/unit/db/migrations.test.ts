import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../db/connection';
import { appliedMigrations, migrateDatabase, schemaVersion } from '../../../db/migrate';
import { latestMigration, migrationNames } from '../../../db/migrations';
import { tempDir } from '../../support/tempCore';

/**
 * What each migration adds, frozen alongside it. A new migration must add its
 * line here, so every version is checked from an empty database.
 */
const tablesAddedBy: Record<string, string[]> = {
  '0001_foundation': ['audit_log', 'faculty', 'settings'],
  '0002_mentoring': [
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
  ],
  '0003_matrix': [
    'matrix_columns',
    'matrix_responsibilities',
    'matrix_roles',
    'program_responsibility_status',
    'program_role_holders',
  ],
  '0004_imports': [
    'import_batch_items',
    'import_batches',
    'import_mappings',
    'import_rejected_rows',
    'import_templates',
    'survey_effects',
    'survey_questions',
    'survey_responses',
    'surveys',
  ],
  '0005_awards_documents': [
    'award_cycles',
    'award_nominations',
    'award_types',
    'document_images',
    'nomination_comments',
    'nomination_letters',
  ],
  '0007_workshops': [
    'workshop_facilitators',
    'workshop_participants',
    'workshop_seats',
    'workshop_wishes',
    'workshops',
  ],
};

async function tablesOf(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master
    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'
    ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

describe('migrations', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Kysely<unknown>;

  beforeEach(() => {
    dir = tempDir();
    const sqlite = openEncryptedDatabase(join(dir.path, 'm.db'), randomBytes(32), { create: true });
    db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
  });
  afterEach(async () => {
    await db.destroy();
    dir.remove();
  });

  it('each has its expected tables listed here', () => {
    expect(Object.keys(tablesAddedBy)).toEqual(migrationNames);
  });

  it('migrate an empty database to each version in turn', async () => {
    const expected: string[] = [];
    for (const [index, name] of migrationNames.entries()) {
      await migrateDatabase(db, name);
      expected.push(...tablesAddedBy[name]!);
      expect(await appliedMigrations(db)).toEqual(migrationNames.slice(0, index + 1));
      expect(await tablesOf(db)).toEqual([...expected].sort());
      expect(await schemaVersion(db)).toBe(name);
    }
    expect(await schemaVersion(db)).toBe(latestMigration);
  });

  it('are idempotent: migrating an up-to-date database applies nothing', async () => {
    await migrateDatabase(db);
    expect(await migrateDatabase(db)).toEqual([]);
  });

  it('refuse a database written by a newer Trellis, and change nothing', async () => {
    await migrateDatabase(db);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01T00:00:00Z')`.execute(
      db,
    );
    const tablesBefore = await tablesOf(db);
    await expect(migrateDatabase(db)).rejects.toMatchObject({
      code: 'DATABASE_TOO_NEW',
      message: expect.stringMatching(/newer version of Trellis/),
    });
    expect(await tablesOf(db)).toEqual(tablesBefore);
  });
});
