import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDialectConfig } from 'kysely';

/**
 * Kysely begins SQLite transactions as DEFERRED: a write transaction starts
 * as a reader and asks for the write lock at its first write. If another
 * connection (the app while the command line imports) committed meanwhile,
 * the upgrade fails at once with SQLITE_BUSY_SNAPSHOT, and the busy timeout
 * never applies. BEGIN IMMEDIATE takes the write lock first, so a second
 * writer waits (up to the busy timeout) instead of failing.
 */
class WriteLockFirstDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class WriteLockFirstDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  override createDriver(): SqliteDriver {
    return new WriteLockFirstDriver(this.settings);
  }
}
