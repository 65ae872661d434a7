import { rmSync } from 'node:fs';
import { TrellisError } from '../electron/common/errors';
import { openEncryptedDatabase, type SqliteDatabase } from './connection';
import { migrationNames } from './migrations';
import { databaseDamaged } from './sqliteErrors';
import { dataKeyOf, openWithKey, type OpenDatabase } from './vault';

/**
 * Copies of the encrypted database, for backups and restores. `VACUUM INTO`
 * writes a consistent snapshot encrypted with the same key and cipher, with
 * no plaintext in it (better-sqlite3's `backup()` does not work with the
 * encrypted build). Everything SQLite-specific about copies lives here.
 */

export interface CopySummary {
  schemaVersion: string | null;
  /** Rows per table (Kysely's bookkeeping left out). */
  counts: Record<string, number>;
  /** The newest audit entry in the copy: what "changes since this backup" is measured against. */
  lastAuditId: number | null;
  /** That entry's hash: with its id, the audit checkpoint a backup carries. */
  lastAuditHash: string | null;
}

/**
 * Writes a snapshot of the open database to `target` (a new file) and
 * describes it from the copy itself, so the description matches the copy
 * even if another process wrote meanwhile.
 */
export async function snapshotInto(database: OpenDatabase, target: string): Promise<CopySummary> {
  // Holding Kysely's one connection: VACUUM cannot run inside a transaction another request has open.
  await database.kysely.connection().execute(async () => database.sqlite.prepare('VACUUM INTO ?').run(target));
  const copy = openEncryptedDatabase(target, dataKeyOf(database), { readonly: true, trusted: true });
  try {
    return summarize(copy);
  } finally {
    copy.close();
  }
}

function summarize(db: SqliteDatabase): CopySummary {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const name of tables) {
    counts[name] = db
      .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  }
  const columns = tables.includes('audit_log') ? (db.pragma('table_info(audit_log)') as { name: string }[]) : [];
  const chained = columns.some((column) => column.name === 'hash');
  const last = columns.length
    ? (db.prepare(`SELECT id, ${chained ? 'hash' : 'NULL AS hash'} FROM audit_log ORDER BY id DESC LIMIT 1`).get() as
        { id: number; hash: string | null } | undefined)
    : undefined;
  const migrations = tables.length
    ? (db.prepare(`SELECT name FROM kysely_migration ORDER BY name`).pluck().all() as string[])
    : [];
  return {
    schemaVersion: migrations.at(-1) ?? null,
    counts,
    lastAuditId: last?.id ?? null,
    lastAuditHash: last?.hash ?? null,
  };
}

/** Whether the open database is encrypted with this key: a restore keeps today's key file when it is. */
export function usesDataKey(database: OpenDatabase, dataKey: Buffer): boolean {
  return dataKeyOf(database).equals(dataKey);
}

export interface CheckedCopy {
  database: OpenDatabase;
  /** The copy's schema version as it was in the backup, before it was brought up to date. */
  schemaVersionBefore: string | null;
  summary: CopySummary;
}

/**
 * Opens a database copied out of a backup with its data key and checks it
 * all the way: every page (`integrity_check`) and every reference
 * (`foreign_key_check`). A copy from a newer Trellis is refused; an older one
 * is migrated — the copy, never the backup. Closes the copy when it fails.
 */
export async function openCheckedCopy(path: string, dataKey: Buffer): Promise<CheckedCopy> {
  const probe = openEncryptedDatabase(path, dataKey);
  let schemaVersionBefore: string | null;
  try {
    const integrity = probe.pragma('integrity_check', { simple: true });
    const brokenReferences = probe.pragma('foreign_key_check') as unknown[];
    if (integrity !== 'ok' || brokenReferences.length > 0) throw databaseDamaged();
    const applied = probe.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[];
    if (applied.some((name) => !migrationNames.includes(name))) throw newerSchema();
    schemaVersionBefore = applied.at(-1) ?? null;
  } finally {
    probe.close();
  }
  const database = await openWithKey(path, dataKey);
  return { database, schemaVersionBefore, summary: summarize(database.sqlite) };
}

function newerSchema(): TrellisError {
  return new TrellisError(
    'BACKUP_TOO_NEW',
    'This backup was made by a newer version of Trellis. Install that version to restore it; nothing was changed.',
  );
}

export interface SnapshotTable {
  name: string;
  columns: { name: string; type: string }[];
}

/** A consistent, read-only copy of the records to read from without holding the app's connection (exports). */
export interface Snapshot {
  tables(): SnapshotTable[];
  /** Every row of a table, in the order they were added. */
  rows(table: string): IterableIterator<Record<string, unknown>>;
  /** Closes the copy and deletes it. */
  close(): void;
}

export async function openSnapshot(database: OpenDatabase, path: string): Promise<Snapshot> {
  await snapshotInto(database, path);
  const copy = openEncryptedDatabase(path, dataKeyOf(database), { readonly: true, trusted: true });
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  return {
    tables() {
      const names = copy
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name`,
        )
        .pluck()
        .all() as string[];
      return names.map((name) => ({
        name,
        columns: (copy.prepare(`PRAGMA table_info(${quoted(name)})`).all() as { name: string; type: string }[]).map(
          (c) => ({ name: c.name, type: c.type.toLowerCase() }),
        ),
      }));
    },
    rows(table) {
      const withoutRowid = /WITHOUT ROWID/i.test(
        String(copy.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(table) ?? ''),
      );
      return copy
        .prepare(`SELECT * FROM ${quoted(table)}${withoutRowid ? '' : ' ORDER BY rowid'}`)
        .iterate() as IterableIterator<Record<string, unknown>>;
    },
    close() {
      copy.close();
      rmSync(path, { force: true });
    },
  };
}
