import type { Kysely } from 'kysely';
import { describeCipher } from './connection';
import { schemaVersion } from './migrate';
import type { OpenDatabase } from './vault';

export interface DatabaseStatus {
  schemaVersion: string | null;
  cipher: string;
  integrity: string;
  counts: Record<string, number>;
}

/** Record counts per table, the cipher and a full integrity check (SQLite-specific, so it lives here). */
export async function describeDatabase(database: OpenDatabase): Promise<DatabaseStatus> {
  const { sqlite } = database;
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name`,
    )
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (sqlite.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  }
  return {
    schemaVersion: await schemaVersion(database.kysely as Kysely<unknown>),
    cipher: describeCipher(sqlite),
    integrity: String(sqlite.pragma('integrity_check', { simple: true })),
    counts,
  };
}
