import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core';
import type { KdfCost } from '../../db/keySlots';

/** Cheap scrypt settings for tests that are not about the KDF itself. */
export const fastKdf: { passphrase: KdfCost; recovery: KdfCost } = {
  passphrase: { N: 1024, r: 8, p: 1 },
  recovery: { N: 1024, r: 8, p: 1 },
};

export const testPassphrase = 'a long test passphrase';

/**
 * The moment a test core lives in unless the test gives its own `now`. Fixed,
 * so that no test depends on the day, the hour or the time zone it runs in:
 * `npm test` runs the node tests again with the machine's clock moved to
 * prove it (test/run-all.mjs).
 */
export const testNow = '2026-11-23T12:00:00.000Z';

export function tempDir(prefix = 'trellis-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TempCore {
  core: Core;
  dir: string;
  databasePath: string;
  recoveryKey: string;
  dispose(): Promise<void>;
}

/** A real encrypted database in a fresh folder, created and unlocked, with its clock at `testNow`. */
export async function createTempCore(options: Partial<CoreOptions> = {}): Promise<TempCore> {
  const dir = tempDir();
  const databasePath = join(dir.path, 'trellis.db');
  const core = createCore({
    databasePath,
    actor: 'test-user',
    kdfCost: fastKdf,
    // Automatic backups are off unless a test is about them: they would add a backup to every test's lock.
    automaticBackups: false,
    now: () => new Date(testNow),
    ...options,
  });
  const { recoveryKey } = await core.call('vault.create', { passphrase: testPassphrase });
  return {
    core,
    dir: dir.path,
    databasePath,
    recoveryKey,
    async dispose() {
      await core.close();
      dir.remove();
    },
  };
}
