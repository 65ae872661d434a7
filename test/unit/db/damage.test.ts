import { createHash } from 'node:crypto';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { keyFileChecksum } from '../../../db/keySlotIntegrity';
import { keySlotPath, readKeySlotFile } from '../../../db/keySlots';
import { changePassphrase, createVault, unlockVault } from '../../../db/vault';
import { fastKdf, tempDir } from '../../support/tempCore';

const passphrase = 'first passphrase here';

async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a failure');
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('damage is named for what it is', () => {
  let dir: ReturnType<typeof tempDir>;
  let path: string;

  beforeEach(async () => {
    dir = tempDir();
    path = join(dir.path, 'trellis.db');
    const { database } = await createVault(path, passphrase, { kdfCost: fastKdf });
    await database.kysely.insertInto('settings').values({ key: 'k', value: 'v', updated_at: 'now' }).execute();
    await database.close();
  });
  afterEach(() => dir.remove());

  it('a key file with any one byte changed says KEYSLOTS_DAMAGED, never "wrong passphrase"', async () => {
    const original = readFileSync(keySlotPath(path));
    const codes = new Map<string, number>();
    for (let at = 0; at < original.length; at++) {
      const changed = Buffer.from(original);
      changed[at] = changed[at]! ^ 0x01;
      writeFileSync(keySlotPath(path), changed);
      const error = await failure(unlockVault(path, passphrase));
      codes.set(error.code ?? 'none', (codes.get(error.code ?? 'none') ?? 0) + 1);
    }
    expect(Object.fromEntries(codes)).toEqual({ KEYSLOTS_DAMAGED: original.length });
    writeFileSync(keySlotPath(path), original);
    const error = await failure(unlockVault(path, 'not the passphrase'));
    expect(error.message).toBe('That passphrase is not correct. Check Caps Lock and try again.');
  });

  it('the damaged key file message points at the key file and a backup, not at the passphrase', async () => {
    const text = readFileSync(keySlotPath(path), 'utf8');
    writeFileSync(
      keySlotPath(path),
      text.replace(/"ciphertext": "(.)/, (_m, c: string) => `"ciphertext": "${c === 'A' ? 'B' : 'A'}`),
    );
    const error = await failure(unlockVault(path, passphrase));
    expect(error.code).toBe('KEYSLOTS_DAMAGED');
    expect(error.message).toBe(
      `The key file ${keySlotPath(path)} is damaged or is not a Trellis key file. Your passphrase is not the problem: restore the key file (or the whole set of records) from a backup.`,
    );
  });

  it('a key file written before checksums existed still opens, and gains a checksum on the next write', async () => {
    const { checksum, ...legacy } = await readKeySlotFile(path);
    expect(checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    writeFileSync(keySlotPath(path), JSON.stringify(legacy, null, 2));
    await (await unlockVault(path, passphrase)).close();

    await changePassphrase(path, passphrase, 'second passphrase here', { kdfCost: fastKdf });
    const rewritten = JSON.parse(readFileSync(keySlotPath(path), 'utf8')) as Record<string, unknown>;
    expect(rewritten.checksum).toBe(keyFileChecksum(rewritten));
    await (await unlockVault(path, 'second passphrase here')).close();
  });

  it('refuses KDF settings beyond what Trellis writes before running them (N = 2^24 would need 16 GiB)', async () => {
    const file = await readKeySlotFile(path);
    const heavy = { ...file, slots: file.slots.map((s) => ({ ...s, kdf: { ...s.kdf, N: 2 ** 24 } })) };
    writeFileSync(keySlotPath(path), JSON.stringify({ ...heavy, checksum: keyFileChecksum(heavy) }));
    const error = await failure(unlockVault(path, passphrase));
    expect(error.code).toBe('KEYSLOTS_KDF_OUT_OF_BOUNDS');
    expect(error.message).toBe(
      `The key file ${keySlotPath(path)} asks for key-derivation settings far outside what Trellis writes, so it was not tried: the file has been altered. Restore the key file from a backup.`,
    );
    for (const kdf of [{ r: 64 }, { p: 32 }, { N: 3000 }, { N: 2 ** 18, r: 16 }]) {
      const odd = { ...file, slots: file.slots.map((s) => ({ ...s, kdf: { ...s.kdf, ...kdf } })) };
      writeFileSync(keySlotPath(path), JSON.stringify({ ...odd, checksum: keyFileChecksum(odd) }));
      expect((await failure(unlockVault(path, passphrase))).code).toBe('KEYSLOTS_KDF_OUT_OF_BOUNDS');
    }
  });

  it('a database cut to half its size gives DATABASE_DAMAGED with the way back, and is left as it was', async () => {
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const before = sha256(path);
    const error = await failure(unlockVault(path, passphrase));
    expect(error.code).toBe('DATABASE_DAMAGED');
    expect(error.message).toBe(
      'The database file is damaged (cut short or changed on disk), so Trellis will not use it. Nothing was changed. Restore the records from a backup (Settings › Backups, or "trellis backup restore FILE").',
    );
    expect(sha256(path)).toBe(before);

    // Through the core, as the app and the command line meet it: not INTERNAL.
    const core = createCore({ databasePath: path, actor: 'test', kdfCost: fastKdf });
    const envelope = await core.invoke('vault.unlock', { passphrase });
    expect(envelope).toEqual({ ok: false, error: { code: 'DATABASE_DAMAGED', message: error.message } });
    await core.close();
  });
});
