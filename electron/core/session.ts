import type { Kysely } from 'kysely';
import {
  changePassphrase,
  createVault,
  databaseExists,
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

/**
 * The one open database of a running app or command. Locked until unlocked;
 * locking closes the connection so the data key leaves memory with it.
 */
export class Session {
  private database: OpenDatabase | null = null;

  constructor(
    readonly databasePath: string,
    private readonly options: VaultOptions & { onUnlock?: UnlockTask[]; onLock?: LockTask[]; now: () => Date },
  ) {}

  state(): VaultState {
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
    await this.opened(await unlockVault(this.databasePath, passphrase));
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.lock();
    await this.opened(await unlockWithRecoveryKey(this.databasePath, recoveryKey, newPassphrase, this.options));
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await changePassphrase(this.databasePath, current, next, this.options);
  }

  async lock(): Promise<void> {
    const open = this.database;
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
