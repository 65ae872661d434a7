import { TrellisError } from '../../common/errors';

/**
 * What a backup says about itself, in `manifest.json` beside the two files it
 * holds. Only metadata: versions, dates, checksums and how many rows each
 * table has — never a record.
 */
export const backupFormat = 'trellis-backup';
export const backupFormatVersion = 1;

/** The members of a backup, by name inside the zip. */
export const memberNames = { database: 'trellis.db', keys: 'trellis.db.keys', manifest: 'manifest.json' } as const;

export type BackupReason =
  | 'manual'
  | 'lock'
  | 'hourly'
  | 'before-migration'
  | 'before-import'
  | 'before-import-undo'
  | 'before-restore'
  | 'before-passphrase-change'
  | 'before-matrix-reset';

export interface MemberChecksum {
  sha256: string;
  bytes: number;
}

export interface BackupManifest {
  format: typeof backupFormat;
  version: number;
  trellisVersion: string;
  schemaVersion: string | null;
  /** The database's id from its key file: backups of other databases in the same folder are left alone. */
  databaseId: string;
  createdAt: string;
  reason: BackupReason;
  members: { [memberNames.database]: MemberChecksum; [memberNames.keys]: MemberChecksum };
  counts: Record<string, number>;
  lastAuditId: number | null;
  /**
   * The audit log's checkpoint when the backup was made (its last entry's id
   * and hash). Backups made before the audit log was chained have none.
   */
  auditCheckpoint?: { id: number; hash: string } | null;
}

export function damagedBackup(detail: string): TrellisError {
  return new TrellisError(
    'BACKUP_DAMAGED',
    `This backup is damaged (${detail}), so it cannot be used. Nothing was changed. Try another backup.`,
  );
}

export function notABackup(fileName: string): TrellisError {
  return new TrellisError(
    'BACKUP_NOT_A_BACKUP',
    `${fileName} is not a Trellis backup. Choose a .trellisbackup file. Nothing was changed.`,
  );
}

const isChecksum = (value: unknown): value is MemberChecksum =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as MemberChecksum).sha256 === 'string' &&
  /^[0-9a-f]{64}$/.test((value as MemberChecksum).sha256) &&
  Number.isSafeInteger((value as MemberChecksum).bytes);

/** Checks the manifest's shape; a backup from a newer Trellis says so instead of "damaged". */
export function parseManifest(text: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw damagedBackup('its description cannot be read');
  }
  const m = value as Partial<BackupManifest>;
  if (typeof value !== 'object' || value === null || m.format !== backupFormat) {
    throw damagedBackup('its description is not a Trellis backup description');
  }
  if (typeof m.version !== 'number' || m.version > backupFormatVersion) {
    throw new TrellisError(
      'BACKUP_TOO_NEW',
      'This backup was made by a newer version of Trellis. Install that version to restore it; nothing was changed.',
    );
  }
  const sound =
    typeof m.databaseId === 'string' &&
    typeof m.createdAt === 'string' &&
    !Number.isNaN(Date.parse(m.createdAt)) &&
    typeof m.members === 'object' &&
    m.members !== null &&
    isChecksum(m.members[memberNames.database]) &&
    isChecksum(m.members[memberNames.keys]) &&
    typeof m.counts === 'object' &&
    m.counts !== null;
  if (!sound) throw damagedBackup('its description is incomplete');
  return m as BackupManifest;
}
