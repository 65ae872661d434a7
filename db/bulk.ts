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
  /**
   * Shrinks the page cache to `kib` for a bulk write and returns the function
   * that restores it. The usual cache holds an office's working set for
   * reading; a 50,000-row import would otherwise fill all of it with pages it
   * writes once, on top of the rows it holds in memory. Dirty pages beyond
   * the limit spill to the WAL, still inside the transaction.
   */
  limitPageCache(kib: number): () => void;
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
    limitPageCache(kib) {
      const before = sqlite.pragma('cache_size', { simple: true }) as number;
      sqlite.pragma(`cache_size = -${Math.max(1, Math.round(kib))}`);
      return () => {
        sqlite.pragma(`cache_size = ${before}`);
      };
    },
  };
}
