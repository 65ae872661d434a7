import { type Kysely, Migrator, sql } from 'kysely';
import { TrellisError } from '../electron/common/errors';
import { inlineMigrationProvider, migrationNames } from './migrations';

/** Kysely's bookkeeping table; read directly to spot a database from a newer Trellis. */
const migrationTable = 'kysely_migration';

/**
 * Brings the database to the latest schema, or to `target` (tests migrate step
 * by step). A database that has migrations this build does not know was
 * written by a newer Trellis: refuse it rather than guess.
 */
export async function migrateDatabase(db: Kysely<unknown>, target?: string): Promise<string[]> {
  await refuseNewerDatabase(db);
  const migrator = new Migrator({ db, provider: inlineMigrationProvider, migrationTableName: migrationTable });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) {
    throw new TrellisError(
      'DATABASE_DAMAGED',
      `The database could not be brought up to date (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const exists = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${migrationTable}`.execute(db);
  if (!exists.rows[0]?.n) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM ${sql.table(migrationTable)} ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function refuseNewerDatabase(db: Kysely<unknown>): Promise<void> {
  const unknown = (await appliedMigrations(db)).filter((name) => !migrationNames.includes(name));
  if (unknown.length > 0) {
    throw new TrellisError(
      'DATABASE_TOO_NEW',
      'This database was written by a newer version of Trellis. Install the newer version to open it; nothing was changed.',
    );
  }
}

/** Migrations this build would apply to the database. */
export async function pendingMigrations(db: Kysely<unknown>): Promise<string[]> {
  const applied = new Set(await appliedMigrations(db));
  return migrationNames.filter((name) => !applied.has(name));
}

/** The schema version is the name of the last migration applied. */
export async function schemaVersion(db: Kysely<unknown>): Promise<string | null> {
  const applied = await appliedMigrations(db);
  return applied[applied.length - 1] ?? null;
}
