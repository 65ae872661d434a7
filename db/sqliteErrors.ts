import { TrellisError } from '../electron/common/errors';

/**
 * SQLite failures a person can meet, in plain words. Anything else stays an
 * unexpected error (INTERNAL). Kept in db/ because the codes are SQLite's.
 */
export function explainSqliteError(error: unknown): TrellisError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return databaseBusy();
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return databaseDamaged();
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return new TrellisError(
      'DISK_FULL',
      'The disk that holds the records is full (or stopped accepting writes), so the change was not saved. Free some space and try again; nothing was lost.',
    );
  }
  return null;
}

export function databaseBusy(): TrellisError {
  return new TrellisError(
    'DATABASE_BUSY',
    'Another Trellis (the app, or a trellis command) is saving changes to these records and has not finished. Nothing was changed: wait until it is done, then try again.',
  );
}

export function databaseDamaged(): TrellisError {
  return new TrellisError(
    'DATABASE_DAMAGED',
    'The database file is damaged (cut short or changed on disk), so Trellis will not use it. Nothing was changed. Restore the records from a backup (Settings › Backups, or "trellis backup restore FILE").',
  );
}
