import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { expect } from 'vitest';
import { openEncryptedDatabase, type SqliteDatabase } from '../../../../db/connection';
import { migrateDatabase, schemaVersion } from '../../../../db/migrate';
import { migrationNames } from '../../../../db/migrations';
import { tempDir } from '../../../support/tempCore';

/**
 * How every migration is tested, one file per migration beside this one
 * (`0006_name.test.ts` for `0006_name`): a real encrypted database migrated to
 * the migration before, rows written as an office had them then, this
 * migration applied, and those rows and the new tables checked together.
 */
export interface MigrationStep extends TestDatabase {
  /** Applies this migration alone and returns the tables it added, sorted. */
  apply(): Promise<string[]>;
}

export interface TestDatabase {
  /**
   * Untyped on purpose: a migration's test writes rows as the schema was at
   * that migration, which today's types in db/schema.ts no longer describe.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  sqlite: SqliteDatabase;
  close(): Promise<void>;
}

/** A new, empty encrypted database in a temporary folder. */
export function openTestDatabase(): TestDatabase {
  const dir = tempDir('trellis-migration-');
  const sqlite = openEncryptedDatabase(join(dir.path, 'trellis.db'), randomBytes(32), { create: true });
  const db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    async close() {
      await db.destroy();
      dir.remove();
    },
  };
}

/** A new encrypted database at the migration before `name` (empty when `name` is the first). */
export async function databaseBefore(name: string): Promise<MigrationStep> {
  const index = migrationNames.indexOf(name);
  if (index < 0) throw new Error(`There is no migration named ${name} in db/migrations/index.ts.`);
  const database = openTestDatabase();
  if (index > 0) await migrateDatabase(database.db, migrationNames[index - 1]);
  return {
    ...database,
    async apply() {
      const before = tableNames(database.sqlite);
      expect(await migrateDatabase(database.db, name)).toEqual([name]);
      expect(await schemaVersion(database.db)).toBe(name);
      return tableNames(database.sqlite).filter((table) => !before.includes(table));
    },
  };
}

/** The records' tables, without SQLite's and Kysely's own. */
export function tableNames(sqlite: SqliteDatabase): string[] {
  const rows = sqlite
    .prepare(
      `SELECT name FROM sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'
       ORDER BY name`,
    )
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** A timestamp for rows written by hand; what it says does not matter to a migration. */
export const stamp = '2025-01-01T00:00:00.000Z';
