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
import { TrellisError } from '../common/errors';
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

  constructor(
    readonly databasePath: string,
    private readonly options: VaultOptions & {
      onUnlock?: UnlockTask[];
      onLock?: LockTask[];
      beforeLock?: BeforeLockTask[];
      beforePassphraseChange?: BeforePassphraseChangeTask[];
      now: () => Date;
    },
  ) {}

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
  }

  /** Opens the records with a data key already unwrapped (after a restore, or an undo of one). */
  async openWithDataKey(dataKey: Buffer): Promise<void> {
    await this.lock();
    await this.opened(await openWithKey(this.databasePath, dataKey, this.options));
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
    for (const task of this.options.onLock ?? []) task();
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.lock();
    finishInterruptedSwap(this.databasePath);
    await this.opened(await unlockWithRecoveryKey(this.databasePath, recoveryKey, newPassphrase, this.options));
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    if (this.database) for (const task of this.options.beforePassphraseChange ?? []) await task(this.database);
    await changePassphrase(this.databasePath, current, next, this.options);
  }

  async lock(): Promise<void> {
    const open = this.database;
    if (open) for (const task of this.options.beforeLock ?? []) await task(open);
    this.database = null;
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

  private async opened(database: OpenDatabase): Promise<void> {
    try {
      for (const task of this.options.onUnlock ?? []) await task(database.kysely, this.options.now());
    } catch (error) {
      await database.close();
      throw error;
    }
    this.database = database;
  }
}
