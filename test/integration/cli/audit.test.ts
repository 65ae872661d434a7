import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { addPeople } from '../../support/backups';
import { createTempCore, fastKdf, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

describe('trellis audit list and verify, and trellis recover', { timeout: 90_000 }, () => {
  let temp: TempCore;
  beforeEach(async () => {
    temp = await createTempCore();
    await addPeople(temp.core, ['Ana Verifies', 'Bo Checks', 'Cy Looks']);
    await temp.core.close();
  });
  afterEach(() => temp.dispose());

  const run = (args: string[], env: Record<string, string> = { TRELLIS_PASSPHRASE: testPassphrase }) =>
    runTrellis(['--db', temp.databasePath, ...args], { home: temp.dir, env });

  it('says an untouched log is intact, and names the first entry removed with AUDIT_LOG_ALTERED', async () => {
    const intact = await run(['audit', 'verify']);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('intact: 3 entries, #1 to #3');
    const json = JSON.parse((await run(['audit', 'verify', '--json'])).stdout) as { ok: boolean; entries: number };
    expect(json).toMatchObject({ ok: true, entries: 3 });
    const listed = await run([
      'audit',
      'list',
      '--staff',
      'test-user',
      '--operation',
      'faculty',
      '--since',
      '2026-01-01',
    ]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('faculty.create');
    expect(listed.stdout.match(/#\d+/g)).toEqual(['#3', '#2', '#1']);

    const core = createCore({ databasePath: temp.databasePath, actor: 'test', kdfCost: fastKdf });
    await core.call('vault.unlock', { passphrase: testPassphrase });
    core.session.require().sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run();
    await core.close();

    const altered = await run(['audit', 'verify']);
    expect(altered.code).toBe(1);
    expect(altered.stderr).toMatch(/^trellis: AUDIT_LOG_ALTERED: Audit entry #2 was removed/);
  });

  it('recover sets a new passphrase with the recovery key, and the log records it', async () => {
    const recovered = await run(['recover'], {
      TRELLIS_RECOVERY_KEY: temp.recoveryKey,
      TRELLIS_NEW_PASSPHRASE: 'a passphrase found again',
    });
    expect(recovered.code).toBe(0);
    const core = createCore({ databasePath: temp.databasePath, actor: 'test', kdfCost: fastKdf });
    await core.call('vault.unlock', { passphrase: 'a passphrase found again' });
    const last = core.session
      .require()
      .sqlite.prepare('SELECT operation FROM audit_log ORDER BY id DESC LIMIT 1')
      .pluck()
      .get();
    await core.close();
    expect(last).toBe('vault.recover');
  });
});
