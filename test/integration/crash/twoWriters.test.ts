import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { fastKdf, tempDir, testPassphrase } from '../../support/tempCore';
import { startWriter } from '../../support/writerProcess';
import { runAndMaybeKill } from './harness';

/**
 * The command line imports while another connection (the app, here a
 * second process) writes every 100 ms. Write transactions take the write
 * lock first (BEGIN IMMEDIATE), so each side waits its turn: both succeed,
 * or one is told DATABASE_BUSY in words — never INTERNAL.
 */
describe('two writers at once', { timeout: 300_000 }, () => {
  const home = tempDir('trellis-two-writers-');
  const databasePath = join(home.path, 'records', 'trellis.db');
  const roster = join(home.path, 'roster.csv');

  beforeAll(async () => {
    mkdirSync(join(home.path, 'records'));
    const core = createCore({ databasePath, actor: 'setup', kdfCost: fastKdf, automaticBackups: false });
    await core.call('vault.create', { passphrase: testPassphrase });
    await core.close();
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `Imported Person ${i},imported${i}@med.example.edu,Medicine,Professor`,
    );
    writeFileSync(roster, `Name,Email,Department,Rank\n${rows.join('\n')}\n`);
  });
  afterAll(() => home.remove());

  it('the import and the other writer both succeed or get DATABASE_BUSY, never INTERNAL', async () => {
    const writer = await startWriter(databasePath, testPassphrase, 100);
    await writer.waitFor(3);
    const imported = await runAndMaybeKill(['--db', databasePath, 'import', 'roster', roster], home.path, null);
    const wroteDuring = writer.wrote();
    await writer.waitFor(wroteDuring + 3);
    await writer.stop();

    expect(imported.stderr).not.toMatch(/Something went wrong|INTERNAL/);
    if (imported.code !== 0) {
      expect(imported.stderr).toContain(
        'Another Trellis (the app, or a trellis command) is saving changes to these records and has not finished. Nothing was changed: wait until it is done, then try again.',
      );
    }
    expect(writer.refused().filter((code) => code !== 'DATABASE_BUSY')).toEqual([]);
    expect(writer.wrote()).toBeGreaterThan(6);
  });
});
