import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely } from 'kysely';
import { TrellisError } from '../electron/common/errors';
import { checkpoint, openEncryptedDatabase, type SqliteDatabase } from './connection';
import { WriteLockFirstDialect } from './dialect';
import {
  defaultKdfCost,
  keySlotPath,
  newKeySlotFile,
  readKeySlotFile,
  unwrapDataKey,
  wrapDataKey,
  writeKeySlotFile,
  type KdfCost,
  type SlotKind,
} from './keySlots';
import { appliedMigrations, migrateDatabase, pendingMigrations } from './migrate';
import { generateRecoveryKey, normalizeRecoveryKey } from './recoveryKey';
import { assertMayTry, recordWrongPassphrase } from './unlockAttempts';
import type { Database } from './schema';

/** An unlocked database: the raw connection (for pragmas and bulk work inside
 * db/) and the typed query builder the core uses. */
export interface OpenDatabase {
  path: string;
  sqlite: SqliteDatabase;
  kysely: Kysely<Database>;
  close(): Promise<void>;
}

export interface VaultOptions {
  /** Tests may lower the KDF cost; the app always uses the defaults. */
  kdfCost?: Partial<Record<SlotKind, KdfCost>>;
  /**
   * Runs when an existing database is about to be migrated to a newer schema
   * (the core takes a backup of it as it is). Not for a brand-new database.
   */
  beforeMigrate?: (database: OpenDatabase, pending: string[]) => Promise<void>;
}

/**
 * The data key of each open database, for the few steps in db/ that open a
 * copy of it (a backup's snapshot, checking a restore). Kept here, not on the
 * handle, so the core never handles raw keys; wiped when the database closes.
 */
const dataKeys = new WeakMap<OpenDatabase, Buffer>();

export function dataKeyOf(database: OpenDatabase): Buffer {
  const key = dataKeys.get(database);
  if (!key) throw new Error('The database is closed.');
  return key;
}

function costOf(kind: SlotKind, options: VaultOptions): KdfCost {
  return options.kdfCost?.[kind] ?? defaultKdfCost[kind];
}

function wrapOpen(path: string, sqlite: SqliteDatabase, dataKey: Buffer): OpenDatabase {
  const kysely = new Kysely<Database>({ dialect: new WriteLockFirstDialect({ database: sqlite }) });
  const key = Buffer.from(dataKey);
  const database: OpenDatabase = {
    path,
    sqlite,
    kysely,
    async close() {
      // Committed work reaches the database file before it closes, also when another process keeps it open.
      if (sqlite.open && !sqlite.readonly) {
        try {
          checkpoint(sqlite);
        } catch {
          // Busy or failing: closing still keeps every commit (in the WAL); the next close checkpoints.
        }
      }
      await kysely.destroy(); // closes the better-sqlite3 handle too
      key.fill(0);
      dataKeys.delete(database);
    },
  };
  dataKeys.set(database, key);
  return database;
}

export function databaseExists(path: string): boolean {
  return existsSync(path);
}

/**
 * Creates a new encrypted database and its key file. Returns the recovery key,
 * which exists nowhere else: the caller shows it once.
 */
export async function createVault(
  path: string,
  passphrase: string,
  options: VaultOptions = {},
): Promise<{ database: OpenDatabase; recoveryKey: string }> {
  if (existsSync(path) || existsSync(keySlotPath(path))) {
    throw new TrellisError('DATABASE_EXISTS', `There is already a Trellis database at ${path}.`);
  }
  await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const dataKey = randomBytes(32);
  const recoveryKey = generateRecoveryKey();
  const slots = newKeySlotFile([]);
  slots.slots.push(
    await wrapDataKey(dataKey, passphrase, 'passphrase', slots.databaseId, costOf('passphrase', options)),
  );
  slots.slots.push(await wrapDataKey(dataKey, recoveryKey, 'recovery', slots.databaseId, costOf('recovery', options)));

  let sqlite: SqliteDatabase | undefined;
  try {
    sqlite = openEncryptedDatabase(path, dataKey, { create: true });
    // Owner-only, like the key file; SQLite gives the -wal and -shm files the same mode.
    await fs.chmod(path, 0o600);
    const database = wrapOpen(path, sqlite, dataKey);
    await migrateDatabase(database.kysely as Kysely<unknown>);
    await writeKeySlotFile(path, slots);
    return { database, recoveryKey };
  } catch (error) {
    sqlite?.close();
    // Leave nothing half-made behind: a later attempt must start clean.
    await Promise.all([path, `${path}-wal`, `${path}-shm`, keySlotPath(path)].map((p) => fs.rm(p, { force: true })));
    throw error;
  }
}

/** Opens an existing database with its data key (unwrapped from a key slot, or a restored backup's). */
export async function openWithKey(path: string, dataKey: Buffer, options: VaultOptions = {}): Promise<OpenDatabase> {
  if (!existsSync(path)) {
    throw new TrellisError('DATABASE_MISSING', `There is no Trellis database at ${path}.`);
  }
  const database = wrapOpen(path, openEncryptedDatabase(path, dataKey), dataKey);
  try {
    const pending = await pendingMigrations(database.kysely as Kysely<unknown>);
    const applied = await appliedMigrations(database.kysely as Kysely<unknown>);
    if (pending.length > 0 && applied.length > 0) await options.beforeMigrate?.(database, pending);
    await migrateDatabase(database.kysely as Kysely<unknown>);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function unlockVault(
  path: string,
  passphrase: string,
  options: VaultOptions & { now?: () => Date } = {},
): Promise<OpenDatabase> {
  if (!existsSync(path)) throw new TrellisError('DATABASE_MISSING', `There is no Trellis database at ${path}.`);
  const now = options.now ?? (() => new Date());
  const slots = await readKeySlotFile(path);
  assertMayTry(slots, now());
  let dataKey: Buffer;
  try {
    dataKey = await unwrapDataKey(slots, 'passphrase', passphrase);
  } catch (error) {
    if (error instanceof TrellisError && error.code === 'WRONG_PASSPHRASE') await recordWrongPassphrase(path, now());
    throw error;
  }
  return openWithKey(path, dataKey, options);
}

/**
 * For a forgotten passphrase: the recovery key unlocks, and a new passphrase
 * replaces the old slot in the same step. The recovery key stays valid.
 */
export async function unlockWithRecoveryKey(
  path: string,
  typedRecoveryKey: string,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<OpenDatabase> {
  if (!existsSync(path)) throw new TrellisError('DATABASE_MISSING', `There is no Trellis database at ${path}.`);
  const recoveryKey = normalizeRecoveryKey(typedRecoveryKey);
  if (!recoveryKey) {
    throw new TrellisError('WRONG_PASSPHRASE', 'That is not a recovery key: it has 8 groups of 4 letters and digits.');
  }
  const slots = await readKeySlotFile(path);
  const dataKey = await unwrapDataKey(slots, 'recovery', recoveryKey);
  const database = await openWithKey(path, dataKey, options);
  await replaceSlot(path, slots.databaseId, dataKey, 'passphrase', newPassphrase, options);
  return database;
}

/** Re-wraps the data key under a new passphrase. The database is not touched. */
export async function changePassphrase(
  path: string,
  currentPassphrase: string,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<void> {
  const slots = await readKeySlotFile(path);
  const dataKey = await unwrapDataKey(slots, 'passphrase', currentPassphrase);
  await replaceSlot(path, slots.databaseId, dataKey, 'passphrase', newPassphrase, options);
}

async function replaceSlot(
  path: string,
  databaseId: string,
  dataKey: Buffer,
  kind: SlotKind,
  secret: string,
  options: VaultOptions,
): Promise<void> {
  const current = await readKeySlotFile(path);
  const slot = await wrapDataKey(dataKey, secret, kind, databaseId, costOf(kind, options));
  await writeKeySlotFile(path, { ...current, slots: [...current.slots.filter((s) => s.kind !== kind), slot] });
}

export type Secret = { passphrase: string } | { recoveryKey: string };

/** The data key the key file beside `path` wraps, unwrapped with a passphrase or the recovery key. */
export async function unwrapKeyFile(path: string, secret: Secret): Promise<Buffer> {
  const slots = await readKeySlotFile(path);
  if ('passphrase' in secret) return unwrapDataKey(slots, 'passphrase', secret.passphrase);
  const recoveryKey = normalizeRecoveryKey(secret.recoveryKey);
  if (!recoveryKey) {
    throw new TrellisError('WRONG_PASSPHRASE', 'That is not a recovery key: it has 8 groups of 4 letters and digits.');
  }
  return unwrapDataKey(slots, 'recovery', recoveryKey);
}
