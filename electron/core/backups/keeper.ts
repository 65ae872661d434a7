import { existsSync, mkdirSync } from 'node:fs';
import { fileWriteError } from '../../../db/atomicFile';
import { readKeySlotFile } from '../../../db/keySlots';
import type { OpenDatabase } from '../../../db/vault';
import { TrellisError } from '../../common/errors';
import type { BackupEntry, BackupProblem, BackupStatus } from './contract';
import { createBackup, type BackupTarget } from './create';
import { defaultBackupsFolder, readBackupsFolder } from './folder';
import { listBackupsIn } from './list';
import type { BackupReason } from './manifest';
import { applyRetention } from './prune';

export interface KeeperOptions {
  /** Off in tests that are not about backups; on in the app and the command line. */
  automatic: boolean;
  now: () => Date;
  /** Told once when automatic backups start failing (folder missing, disk full); never given record content. */
  onProblem?: (problem: BackupProblem) => void;
  logError?: (message: string) => void;
}

/** At most one automatic backup an hour while changes are being made. */
export const hourlyIntervalMs = 3_600_000;

/**
 * Keeps the records backed up: knows the last backup in the folder and
 * whether changes were made since (by the audit log's last id: every write
 * records one), takes the automatic backups, applies retention after each,
 * and keeps the one problem to show. Backups run one at a time. An automatic
 * backup never fails the work that asked for it.
 */
export class BackupKeeper {
  private last: { entry: BackupEntry | null; databaseId: string; folder: string } | null = null;
  private problem: BackupProblem | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: KeeperOptions) {}

  /** Waits for any backup still running (tests, and lock). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** A backup on demand, or before a risky step; failures are thrown. Retention applies in the backups folder. */
  create(
    database: OpenDatabase,
    reason: BackupReason,
    target?: BackupTarget,
    signal?: AbortSignal,
  ): Promise<BackupEntry> {
    return this.serial(async () => {
      const { folder } = await this.folderOf(database);
      const where = target ?? { folder: this.ensureDefault(database, folder) };
      const entry = await createBackup(database, where, reason, this.options.now(), signal);
      if ('folder' in where && where.folder === folder) await this.afterBackupInFolder(database, folder, entry);
      return entry;
    });
  }

  /** Before an import commit or undo, a restore, a passphrase change, a matrix reset, a migration. */
  async before(database: OpenDatabase, reason: BackupReason): Promise<BackupEntry | null> {
    if (!this.options.automatic) return null;
    return this.automatic(database, reason);
  }

  /** Before a restore or its undo: always, whatever the automatic setting (the set-aside copy is the second net). */
  safety(database: OpenDatabase): Promise<BackupEntry | null> {
    return this.automatic(database, 'before-restore');
  }

  /** At lock and at quit, when changes were made since the last backup. */
  async atLock(database: OpenDatabase): Promise<void> {
    await this.idle();
    if (this.options.automatic) await this.automatic(database, 'lock');
  }

  /** After each write: at most hourly while changes go on. Runs after the write has answered. */
  afterWrite(database: OpenDatabase): void {
    if (!this.options.automatic) return;
    this.queue = this.queue
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(async () => {
        if (!database.sqlite.open) return;
        const last = await this.lastBackup(database);
        const due = !last || this.options.now().getTime() - Date.parse(last.createdAt) >= hourlyIntervalMs;
        if (due) await this.automatic(database, 'hourly', false);
      })
      .catch(() => undefined);
  }

  async status(database: OpenDatabase, undoRestoreAvailable: boolean): Promise<BackupStatus> {
    await this.idle();
    const { folder, chosen } = await readBackupsFolder(database.kysely, database.path);
    const lastBackup = await this.lastBackup(database);
    const changes = await this.changedSince(database, lastBackup);
    const nextDue = lastBackup ? Date.parse(lastBackup.createdAt) + hourlyIntervalMs : this.options.now().getTime();
    return {
      folder,
      folderChosen: chosen,
      lastBackup,
      changesSinceLastBackup: changes,
      nextDueAt: changes ? new Date(Math.max(nextDue, this.options.now().getTime())).toISOString() : null,
      problem: this.problem,
      undoRestoreAvailable,
    };
  }

  /** After a restore the records and their history are others: look again. */
  forget(): void {
    this.last = null;
  }

  private async automatic(database: OpenDatabase, reason: BackupReason, queued = true): Promise<BackupEntry | null> {
    const run = async () => {
      if (!(await this.changedSince(database, await this.lastBackup(database)))) return null;
      const { folder } = await this.folderOf(database);
      try {
        const entry = await createBackup(
          database,
          { folder: this.ensureDefault(database, folder) },
          reason,
          this.options.now(),
        );
        await this.afterBackupInFolder(database, folder, entry);
        return entry;
      } catch (error) {
        this.report(error, folder);
        return null;
      }
    };
    return queued ? this.serial(run) : run();
  }

  private async afterBackupInFolder(database: OpenDatabase, folder: string, entry: BackupEntry): Promise<void> {
    this.last = { entry, databaseId: (await readKeySlotFile(database.path)).databaseId, folder };
    this.problem = null;
    try {
      await applyRetention(folder, this.last.databaseId, this.options.now());
    } catch (error) {
      this.report(error, folder);
    }
  }

  private report(error: unknown, folder: string): void {
    if (!(error instanceof TrellisError) && !(error as NodeJS.ErrnoException).code) {
      this.options.logError?.(`Automatic backup failed: ${error instanceof Error ? error.name : 'unknown error'}`);
    }
    const explained = fileWriteError(error, folder);
    const same = this.problem?.code === explained.code && this.problem.folder === folder;
    if (same) return;
    this.problem = {
      code: explained.code,
      message: backupProblemMessage(explained, folder),
      since: this.options.now().toISOString(),
      folder,
    };
    this.options.onProblem?.(this.problem);
  }

  private async lastBackup(database: OpenDatabase): Promise<BackupEntry | null> {
    const { folder } = await this.folderOf(database);
    const { databaseId } = await readKeySlotFile(database.path);
    if (this.last && this.last.folder === folder && this.last.databaseId === databaseId) {
      // Someone may have deleted it by hand: then it is not a backup any more.
      if (!this.last.entry || existsSync(this.last.entry.path)) return this.last.entry;
    }
    let entry: BackupEntry | null = null;
    try {
      entry = (await listBackupsIn(folder, databaseId)).backups[0] ?? null;
    } catch {
      entry = null;
    }
    this.last = { entry, databaseId, folder };
    return entry;
  }

  private async changedSince(database: OpenDatabase, last: BackupEntry | null): Promise<boolean> {
    const row = await database.kysely
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    const lastAuditId = (row?.id as number | null | undefined) ?? null;
    if (!last) return lastAuditId !== null;
    return lastAuditId !== last.lastAuditId;
  }

  private async folderOf(database: OpenDatabase): Promise<{ folder: string; chosen: boolean }> {
    return readBackupsFolder(database.kysely, database.path);
  }

  /** The default folder is made when needed; a folder the office chose is never made (a USB disk not connected). */
  private ensureDefault(database: OpenDatabase, folder: string): string {
    if (folder === defaultBackupsFolder(database.path)) mkdirSync(folder, { recursive: true, mode: 0o700 });
    return folder;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function backupProblemMessage(error: TrellisError, folder: string): string {
  switch (error.code) {
    case 'FOLDER_MISSING':
      return `Trellis could not back up the records: the backups folder ${folder} is not there (a disk or network drive not connected?). Your work is saved; connect it, or choose another folder in Settings › Backups.`;
    case 'DISK_FULL':
      return `Trellis could not back up the records: the backups folder ${folder} is full. Your work is saved; free some space there, or choose another folder in Settings › Backups.`;
    default:
      return `Trellis could not back up the records to ${folder}: ${error.message} Your work is saved.`;
  }
}
