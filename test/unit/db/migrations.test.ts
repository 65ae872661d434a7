import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appliedMigrations, migrateDatabase, schemaVersion } from '../../../db/migrate';
import { latestMigration, migrationNames } from '../../../db/migrations';
import { openTestDatabase, tableNames, type TestDatabase } from './migrations/migrationStep';

describe('migrations', () => {
  let database: TestDatabase;
  beforeEach(() => (database = openTestDatabase()));
  afterEach(() => database.close());

  it('each has its own test, named after it, in test/unit/db/migrations/', () => {
    const tests = readdirSync(join(__dirname, 'migrations'))
      .filter((file) => file.endsWith('.test.ts'))
      .sort();
    expect(tests).toEqual(migrationNames.map((name) => `${name}.test.ts`));
  });

  it('migrate an empty database to each version in turn', async () => {
    for (const [index, name] of migrationNames.entries()) {
      expect(await migrateDatabase(database.db, name)).toEqual([name]);
      expect(await appliedMigrations(database.db)).toEqual(migrationNames.slice(0, index + 1));
      expect(await schemaVersion(database.db)).toBe(name);
    }
    expect(await schemaVersion(database.db)).toBe(latestMigration);
  });

  it('are idempotent: migrating an up-to-date database applies nothing', async () => {
    expect(await migrateDatabase(database.db)).toEqual(migrationNames);
    expect(await migrateDatabase(database.db)).toEqual([]);
  });

  it('refuse a database written by a newer Trellis, and change nothing', async () => {
    await migrateDatabase(database.db);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01T00:00:00Z')`.execute(
      database.db,
    );
    const tablesBefore = tableNames(database.sqlite);
    await expect(migrateDatabase(database.db)).rejects.toMatchObject({
      code: 'DATABASE_TOO_NEW',
      message: expect.stringMatching(/newer version of Trellis/),
    });
    expect(tableNames(database.sqlite)).toEqual(tablesBefore);
  });
});
