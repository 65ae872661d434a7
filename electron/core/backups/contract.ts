import { z } from 'zod';
import { domains, operation, type Domain } from '../../common/contractKit';
import type { ErrorCode } from '../../common/errors';
import { progressKeyInput } from '../work/contract';
import type { BackupReason } from './manifest';

/**
 * Backups of the encrypted records (issue 12): one `.trellisbackup` file
 * each — a zip of the encrypted database copy, its key file and a manifest —
 * taken automatically and on demand, kept by a retention rule, verified and
 * restored. Settings › Backups and File › Restore from backup… call these.
 */

export type { BackupReason };

export interface BackupEntry {
  path: string;
  fileName: string;
  bytes: number;
  createdAt: string;
  reason: BackupReason;
  trellisVersion: string;
  schemaVersion: string | null;
  /** Rows per table in the backup. */
  counts: Record<string, number>;
  lastAuditId: number | null;
}

/** Why the last automatic backup could not be taken; shown once, kept until a backup succeeds. */
export interface BackupProblem {
  code: ErrorCode;
  message: string;
  since: string;
  folder: string;
}

export interface BackupStatus {
  folder: string;
  /** False while the default folder (beside the database) is used. */
  folderChosen: boolean;
  lastBackup: BackupEntry | null;
  /** Changes were made since the last backup in the folder. */
  changesSinceLastBackup: boolean;
  /** When the next automatic backup is due if changes go on (one is also taken at lock and quit); null: nothing to back up. */
  nextDueAt: string | null;
  problem: BackupProblem | null;
  /** The records as they were before the last restore are kept, and can be put back. */
  undoRestoreAvailable: boolean;
}

/** What a backup holds, read from its manifest without its passphrase (for the confirmation). */
export interface BackupSummary {
  path: string;
  createdAt: string;
  trellisVersion: string;
  schemaVersion: string | null;
  counts: Record<string, number>;
  /** The backup is of the records open now (same database), not of another set of records. */
  sameDatabase: boolean | null;
}

/** A backup's own passphrase (it may differ from today's), or the recovery key. */
const backupSecret = {
  passphrase: z.string().min(1).max(1024).optional(),
  recoveryKey: z.string().min(1).max(200).optional(),
};

const oneSecret = (input: { passphrase?: string | undefined; recoveryKey?: string | undefined }) =>
  input.passphrase !== undefined || input.recoveryKey !== undefined;
const secretMessage = {
  error: 'Enter the passphrase the backup was made with, or the recovery key.',
  path: ['passphrase'],
};

const filePath = z.string({ error: 'Choose a backup file.' }).trim().min(1, { error: 'Choose a backup file.' });

export const backupsCreateInput = z.object({
  /** A folder (the file is named by date) or a file; absent: the backups folder. */
  path: z.string().trim().min(1).optional(),
  progressKey: progressKeyInput.optional(),
});

/** A backup file is read as it is, from its path: no answer built from the open records. */
const fromTheFileAlone = { reads: [] } as const;
/** Domains that only show what others hold (a person's page, the dashboard), or hold nothing (running work, exports). */
const holdNoRecords: readonly Domain[] = ['personMentoring', 'attention', 'exports', 'work'];
/** A restore, and its undo, put other records in place of all of them, and the session with them. */
const replacesEveryRecord = { changes: domains.filter((domain) => !holdNoRecords.includes(domain)) };

export const backupsContract = {
  'backups.status': operation<BackupStatus>()(z.object({})),
  'backups.list': operation<{ folder: string; backups: BackupEntry[]; unreadable: string[] }>()(z.object({})),
  'backups.create': operation<BackupEntry>()(backupsCreateInput, { changes: ['backups'] }),
  'backups.inspect': operation<BackupSummary>()(z.object({ path: filePath }), fromTheFileAlone),
  'backups.verify': operation<BackupSummary & { integrity: 'ok' }>()(
    z
      .object({ path: filePath, ...backupSecret, progressKey: progressKeyInput.optional() })
      .refine(oneSecret, secretMessage),
    fromTheFileAlone,
  ),
  'backups.restore': operation<{
    restored: BackupSummary;
    /** The backup taken of the records just before, or null when they could not be opened. */
    safetyBackup: BackupEntry | null;
    /** Today's key file stays (same key) or the backup's came with it: then its passphrase opens the records. */
    keyFile: 'kept' | 'from-backup';
    migratedFrom: string | null;
  }>()(
    z
      .object({ path: filePath, ...backupSecret, progressKey: progressKeyInput.optional() })
      .refine(oneSecret, secretMessage),
    replacesEveryRecord,
  ),
  'backups.undoRestore': operation<{ safetyBackup: BackupEntry | null; unlocked: boolean }>()(
    z.object({}),
    replacesEveryRecord,
  ),
  /** null: back to the default folder beside the database. */
  'backups.setFolder': operation<{ folder: string | null }>()(z.object({ path: z.string().trim().min(1).nullable() }), {
    changes: ['backups'],
  }),
};
