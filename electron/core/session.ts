import type { Kysely } from 'kysely';
import { closeForSwap, finishInterruptedSwap } from '../../db/swap';
import {
  changePassphrase,
  createVault,
  databaseExists,
  openWithKey,
  unlockVault,
  unlockWithRecoveryKey,
  type OpenDatabase,
  type VaultOptions,
} from '../../db/vault';
import type { Database } from '../../db/schema';
import { appendAuditEntries, type AuditCheckpoint } from '../../db/auditChain';
import { saveAuditCheckpoint } from '../../db/auditCheckpoint';
import { takeWrongAttempts } from '../../db/unlockAttempts';
import { TrellisError } from '../common/errors';
import { checkAuditAtOpen } from './audit/checkpoint';
import type { VaultState } from './vault/contract';

/** Work to do each time the records are unlocked (e.g. refreshing derived values). */
export type UnlockTask = (db: Kysely<Database>, today: Date) => Promise<void>;
/** Record content kept in memory outside the database, to drop whenever the records lock. */
export type LockTask = () => void;
/** Work that needs the records still open just before they lock (the backup taken at lock). */
export type BeforeLockTask = (database: OpenDatabase) => Promise<void>;
/** Work before a passphrase change, with the records open if they are (a backup of the key file as it was). */
export type BeforePassphraseChangeTask = (database: OpenDatabase) => Promise<void>;

/**
 * The one open database of a running app or command. Locked until unlocked;
 * locking closes the connection so the data key leaves memory with it.
 */
export class Session {
  private database: OpenDatabase | null = null;
  /** Who unlocked: every audit entry of this session names them. */
  private unlockedBy: string | null = null;
  private auditProblem: string | null = null;

  constructor(
    readonly databasePath: string,
    private readonly options: VaultOptions & {
      onUnlock?: UnlockTask[];
      onLock?: LockTask[];
      beforeLock?: BeforeLockTask[];
      beforePassphraseChange?: BeforePassphraseChangeTask[];
      now: () => Date;
      /**
       * Who is at the computer: the account that runs Trellis, until staff
       * have names of their own (then the staff member who unlocks).
       */
      actor: string;
      logError?: (message: string) => void;
    },
  ) {}

  /**
   * Who the audit log names: whoever unlocked this session. Never taken from
   * a request. While locked (a restore from a backup), the account at the computer.
   */
  actor(): string {
    return this.unlockedBy ?? this.options.actor;
  }

  /** Set at unlock when the audit log did not extend its checkpoint; shown until the records lock. */
  auditWarning(): string | null {
    return this.auditProblem;
  }

  /**
   * Records entries in the audit log outside an operation's own transaction
   * (passphrase changes, recoveries, exports written from a snapshot), in a
   * transaction of their own, and moves the checkpoint on.
   */
  async audit(entries: { operation: string; recordType: string; recordId: string; at?: string }[]): Promise<void> {
    const { kysely } = this.require();
    if (entries.length === 0) return;
    const stamp = this.options.now().toISOString();
    const checkpoint = await kysely.transaction().execute((trx) =>
      appendAuditEntries(
        trx,
        entries.map((entry) => ({ at: stamp, ...entry, actor: this.actor() })),
      ),
    );
    await this.committed(checkpoint);
  }

  /**
   * After a write commits: the key file's checkpoint moves to the log's new
   * end. The write stands even if this fails (the log still extends the
   * older checkpoint), so a failure is logged by kind, not thrown.
   */
  async committed(checkpoint: AuditCheckpoint | null): Promise<void> {
    if (!checkpoint) return;
    try {
      await saveAuditCheckpoint(this.databasePath, checkpoint);
    } catch (error) {
      this.options.logError?.(
        `The audit checkpoint could not be saved: ${error instanceof Error ? error.name : 'unknown error'}`,
      );
    }
  }

  state(): VaultState {
    // A restore a crash interrupted is finished before anyone looks, so the records are never half swapped.
    if (!this.database) finishInterruptedSwap(this.databasePath);
    if (this.database) return 'unlocked';
    return databaseExists(this.databasePath) ? 'locked' : 'new';
  }

  async create(passphrase: string): Promise<string> {
    await this.lock();
    const { database, recoveryKey } = await createVault(this.databasePath, passphrase, this.options);
    await this.opened(database);
    return recoveryKey;
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.database) return;
    finishInterruptedSwap(this.databasePath);
    await this.opened(await unlockVault(this.databasePath, passphrase, this.options));
    await this.provenAccess([]);
  }

  /** Opens the records with a data key already unwrapped (after a restore, or an undo of one). */
  async openWithDataKey(dataKey: Buffer): Promise<void> {
    await this.lock();
    // A restore (or its undo) puts another log in place on purpose, and recorded so in it: its end is the checkpoint now.
    await this.opened(await openWithKey(this.databasePath, dataKey, this.options), { resetAuditCheckpoint: true });
  }

  /** The open database, or null when locked. */
  current(): OpenDatabase | null {
    return this.database;
  }

  /**
   * Closes the records for a restore: refused (DATABASE_IN_USE) when another
   * connection has them open. Unlike lock(), takes no backup: the restore took one.
   */
  async closeForSwap(): Promise<void> {
    const open = this.database;
    if (!open) return;
    await open.kysely.connection().execute(() => closeForSwap(open));
    this.database = null;
    this.unlockedBy = null;
    this.auditProblem = null;
    for (const task of this.options.onLock ?? []) task();
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.lock();
    finishInterruptedSwap(this.databasePath);
    await this.opened(await unlockWithRecoveryKey(this.databasePath, recoveryKey, newPassphrase, this.options));
    await this.provenAccess([{ operation: 'vault.recover', recordType: 'vault', recordId: 'recovery-key' }]);
  }

  /** Only while unlocked, so that the change is recorded in the audit log. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const database = this.require();
    for (const task of this.options.beforePassphraseChange ?? []) await task(database);
    await changePassphrase(this.databasePath, current, next, this.options);
    await this.audit([{ operation: 'vault.changePassphrase', recordType: 'vault', recordId: 'passphrase' }]);
  }

  /**
   * After a correct passphrase or recovery key: the count of wrong ones
   * starts again, and each wrong attempt since the last unlock is recorded
   * (when it happened, never what was typed), with what this unlock did.
   */
  private async provenAccess(entries: { operation: string; recordType: string; recordId: string }[]): Promise<void> {
    const wrong = await takeWrongAttempts(this.databasePath);
    await this.audit([
      ...wrong.map((at) => ({ at, operation: 'vault.unlockFailed', recordType: 'vault', recordId: 'passphrase' })),
      ...entries,
    ]);
  }

  async lock(): Promise<void> {
    const open = this.database;
    if (open) for (const task of this.options.beforeLock ?? []) await task(open);
    this.database = null;
    this.unlockedBy = null;
    this.auditProblem = null;
    for (const task of this.options.onLock ?? []) task();
    await open?.close();
  }

  /** The open database, or LOCKED. */
  require(): OpenDatabase {
    if (!this.database) {
      throw new TrellisError('LOCKED', 'The records are locked. Unlock them with your passphrase to continue.');
    }
    return this.database;
  }

  private async opened(database: OpenDatabase, options: { resetAuditCheckpoint?: boolean } = {}): Promise<void> {
    let auditProblem: string | null;
    try {
      auditProblem = await checkAuditAtOpen(
        database,
        { actor: this.options.actor, at: this.options.now().toISOString() },
        { reset: options.resetAuditCheckpoint },
      );
      for (const task of this.options.onUnlock ?? []) await task(database.kysely, this.options.now());
    } catch (error) {
      await database.close();
      throw error;
    }
    this.database = database;
    this.unlockedBy = this.options.actor;
    this.auditProblem = auditProblem;
  }
}
