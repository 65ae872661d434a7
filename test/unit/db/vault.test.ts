import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keySlotPath, readKeySlotFile, writeKeySlotFile } from '../../../db/keySlots';
import { changePassphrase, createVault, unlockVault, unlockWithRecoveryKey } from '../../../db/vault';
import { fastKdf, tempDir } from '../../support/tempCore';

const passphrase = 'first passphrase here';
const options = { kdfCost: fastKdf };

function fingerprint(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function createClosed(path: string): Promise<void> {
  await (await createVault(path, passphrase, options)).database.close();
}

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('the encrypted vault', () => {
  let dir: ReturnType<typeof tempDir>;
  let path: string;

  beforeEach(() => {
    dir = tempDir();
    path = join(dir.path, 'trellis.db');
  });
  afterEach(() => dir.remove());

  it('creates an encrypted, WAL-mode database with foreign keys, a busy timeout and a sized cache', async () => {
    const { database } = await createVault(path, passphrase, options);
    const { sqlite } = database;
    expect(sqlite.pragma('cipher', { simple: true })).toBe('chacha20');
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(2); // MEMORY: no plaintext temp files
    if (process.platform !== 'win32') {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(keySlotPath(path)).mode & 0o777).toBe(0o600);
    }
    await database.close();
    // Without the key, SQLite cannot read a single page.
    const raw = new Database(path);
    expect(() => raw.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    raw.close();
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE; the database and the slots stay as they were', async () => {
    const { database } = await createVault(path, passphrase, options);
    await database.close();
    const before = fingerprint(path);
    const slotsBefore = await readKeySlotFile(path);
    const error = await rejection(unlockVault(path, 'not the passphrase'));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/passphrase is not correct/);
    expect(fingerprint(path)).toBe(before);
    // Only the count of wrong passphrases in a row is added (db/unlockAttempts.ts).
    const { unlockFailures, checksum: _after, ...slotsAfter } = await readKeySlotFile(path);
    const { checksum: _before, ...slotsThen } = slotsBefore;
    expect(slotsAfter).toEqual(slotsThen);
    expect(unlockFailures?.inARow).toBe(1);
  });

  it('changes the passphrase by re-wrapping the key, without re-encrypting the database', async () => {
    const { database } = await createVault(path, passphrase, options);
    await database.kysely.insertInto('settings').values({ key: 'k', value: 'v', updated_at: 'now' }).execute();
    await database.close();
    const databaseBefore = fingerprint(path);
    const slotsBefore = await readKeySlotFile(path);

    await changePassphrase(path, passphrase, 'second passphrase here', options);

    expect(fingerprint(path)).toBe(databaseBefore);
    const slotsAfter = await readKeySlotFile(path);
    expect(slotsAfter.databaseId).toBe(slotsBefore.databaseId);
    expect(slotsAfter.slots.find((s) => s.kind === 'recovery')).toEqual(
      slotsBefore.slots.find((s) => s.kind === 'recovery'),
    );
    expect((await rejection(unlockVault(path, passphrase))).code).toBe('WRONG_PASSPHRASE');
    const reopened = await unlockVault(path, 'second passphrase here');
    expect(await reopened.kysely.selectFrom('settings').select('value').executeTakeFirst()).toEqual({ value: 'v' });
    await reopened.close();
  });

  it('refuses a wrong current passphrase when changing it, leaving the key file as it was', async () => {
    const { database } = await createVault(path, passphrase, options);
    await database.close();
    const before = fingerprint(keySlotPath(path));
    expect((await rejection(changePassphrase(path, 'wrong one here', 'new passphrase here', options))).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(fingerprint(keySlotPath(path))).toBe(before);
  });

  it('unlocks with the recovery key as typed by a person, and sets a new passphrase', async () => {
    const { database, recoveryKey } = await createVault(path, passphrase, options);
    await database.close();
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const recovered = await unlockWithRecoveryKey(path, typed, 'brand new passphrase', options);
    await recovered.close();
    expect((await rejection(unlockVault(path, passphrase))).code).toBe('WRONG_PASSPHRASE');
    await (await unlockVault(path, 'brand new passphrase')).close();
  });

  it('refuses a wrong recovery key with WRONG_PASSPHRASE and keeps the old passphrase', async () => {
    const { database } = await createVault(path, passphrase, options);
    await database.close();
    const before = fingerprint(keySlotPath(path));
    const error = await rejection(
      unlockWithRecoveryKey(path, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'brand new passphrase', options),
    );
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/recovery key/);
    expect(fingerprint(keySlotPath(path))).toBe(before);
    await (await unlockVault(path, passphrase)).close();
  });

  it('binds each slot to its database: a key file from another database does not open this one', async () => {
    const other = join(dir.path, 'other.db');
    await createClosed(path);
    await createClosed(other);
    writeFileSync(keySlotPath(path), readFileSync(keySlotPath(other)));
    const error = await rejection(unlockVault(path, passphrase));
    expect(error.code).toBe('NOT_A_TRELLIS_DATABASE');
    expect(error.message).toMatch(/not a Trellis database|key file belongs to another/);
  });

  it('rejects a slot whose associated data was tampered with', async () => {
    await createClosed(path);
    const file = await readKeySlotFile(path);
    await writeKeySlotFile(path, { ...file, databaseId: '00000000-0000-0000-0000-000000000000' });
    expect((await rejection(unlockVault(path, passphrase))).code).toBe('WRONG_PASSPHRASE');
  });

  it('says plainly when the key file is missing or damaged', async () => {
    await createClosed(path);
    const slots = readFileSync(keySlotPath(path));
    rmSync(keySlotPath(path));
    const missing = await rejection(unlockVault(path, passphrase));
    expect(missing.code).toBe('KEYSLOTS_MISSING');
    expect(missing.message).toMatch(/key file .* is missing/);
    writeFileSync(keySlotPath(path), slots.subarray(0, 40));
    expect((await rejection(unlockVault(path, passphrase))).code).toBe('KEYSLOTS_DAMAGED');
  });

  it('recognises files that are not Trellis databases', async () => {
    await createClosed(path);
    const slots = readFileSync(keySlotPath(path));
    const plain = join(dir.path, 'plain.db');
    const sqlite = new Database(plain);
    sqlite.exec('CREATE TABLE t(x)');
    sqlite.close();
    writeFileSync(keySlotPath(plain), slots);
    expect((await rejection(unlockVault(plain, passphrase))).code).toBe('NOT_A_TRELLIS_DATABASE');

    const text = join(dir.path, 'notes.db');
    writeFileSync(text, 'these are not database pages '.repeat(400));
    writeFileSync(keySlotPath(text), slots);
    expect((await rejection(unlockVault(text, passphrase))).code).toBe('NOT_A_TRELLIS_DATABASE');

    expect((await rejection(unlockVault(join(dir.path, 'absent.db'), passphrase))).code).toBe('DATABASE_MISSING');
  });

  it('will not create over an existing database', async () => {
    await createClosed(path);
    const before = fingerprint(path);
    expect((await rejection(createVault(path, 'another passphrase', options))).code).toBe('DATABASE_EXISTS');
    expect(fingerprint(path)).toBe(before);
    expect(existsSync(keySlotPath(path))).toBe(true);
  });
});
