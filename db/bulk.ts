import type { CompiledQuery } from 'kysely';
import type { SqliteDatabase } from './connection';

/**
 * Prepared statements for bulk writes inside the current transaction. The
 * SQL comes from Kysely's builder (compiled once, so it stays portable); only
 * preparing and running it — the better-sqlite3 part — lives here, in db/.
 * An import of 50,000 survey rows runs one statement 50,000 times instead of
 * building and preparing 50,000.
 */
export interface PreparedWrite {
  run(parameters: readonly unknown[]): { changes: number; lastInsertId: number };
}

export interface BulkWriter {
  prepare(query: CompiledQuery): PreparedWrite;
}

export function bulkWriterFor(sqlite: SqliteDatabase): BulkWriter {
  return {
    prepare(query) {
      const statement = sqlite.prepare(query.sql);
      return {
        run(parameters) {
          const { changes, lastInsertRowid } = statement.run(...(parameters as unknown[]));
          return { changes, lastInsertId: Number(lastInsertRowid) };
        },
      };
    },
  };
}
