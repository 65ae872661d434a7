import Database from 'better-sqlite3-multiple-ciphers';
import { TrellisError } from '../electron/common/errors';
import { databaseDamaged, explainSqliteError } from './sqliteErrors';

export type SqliteDatabase = Database.Database;

/** 'TRLS' — written into the database header so a foreign SQLite file is recognised as such. */
export const trellisApplicationId = 0x54524c53;

/**
 * Page cache in KiB (negative cache_size means KiB in SQLite). Pages are
 * decrypted when they are read into the cache, and mmap cannot be used with an
 * encrypted file, so the cache is sized to hold an office's whole working set
 * (a large school's records are well under this) and decrypt each page once.
 */
const pageCacheKiB = 64 * 1024;

export interface OpenOptions {
  /** Only when creating: stamp the application id into a brand-new file. */
  create?: boolean;
  readonly?: boolean;
  /** Skip the quick_check: only for a copy Trellis has just written itself (a backup's snapshot). */
  trusted?: boolean;
}

/**
 * Opens the encrypted database with the raw 256-bit data key (no SQLite-side
 * KDF: our key slots already did the slow part), sets the connection up and
 * checks that the file is a sound Trellis database.
 */
export function openEncryptedDatabase(path: string, dataKey: Buffer, options: OpenOptions = {}): SqliteDatabase {
  if (dataKey.length !== 32) throw new Error('The data key must be 256 bits.');
  const db = new Database(path, { fileMustExist: !options.create, readonly: options.readonly ?? false });
  try {
    db.pragma(`cipher='chacha20'`);
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    // Temporary tables and sort spills stay in memory: a temp file is not encrypted.
    db.pragma('temp_store = MEMORY');
    readHeaderOrExplain(db);
    if (options.create) db.pragma(`application_id = ${trellisApplicationId}`);
    else if (db.pragma('application_id', { simple: true }) !== trellisApplicationId) {
      throw new TrellisError('NOT_A_TRELLIS_DATABASE', `${path} is an SQLite database, but not one made by Trellis.`);
    }
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${pageCacheKiB}`);
    if (!options.trusted && db.pragma('quick_check', { simple: true }) !== 'ok') throw databaseDamaged();
    // Lets the query planner gather the statistics it is missing, cheaply (SQLite's advice for each open).
    if (!options.readonly) db.pragma('optimize = 0x10002');
    return db;
  } catch (error) {
    db.close();
    // A file cut short or changed on disk fails here with SQLITE_CORRUPT: say so, do not call it unexpected.
    throw error instanceof TrellisError ? error : (explainSqliteError(error) ?? error);
  }
}

/**
 * Moves every committed change from the WAL into the database file and
 * empties the WAL, so copying the files of a closed database never misses
 * work. Done at lock, at quit and after large writes. Another connection
 * reading at that moment can keep part of the WAL; that is fine, it is done
 * again at the next occasion.
 */
export function checkpoint(db: SqliteDatabase): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** The first read decrypts page 1. If that fails, the key is wrong for this
 * file or the file is not an encrypted Trellis database at all. */
function readHeaderOrExplain(db: SqliteDatabase): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new TrellisError(
        'NOT_A_TRELLIS_DATABASE',
        `${db.name} is not a Trellis database, or its key file belongs to another database.`,
      );
    }
    throw error;
  }
}

/** What `trellis status` reports about encryption. */
export function describeCipher(db: SqliteDatabase): string {
  const cipher = db.pragma('cipher', { simple: true });
  return typeof cipher === 'string' ? cipher : 'chacha20';
}
