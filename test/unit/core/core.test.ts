import { afterEach, describe, expect, it } from 'vitest';
import { operationNames } from '../../../electron/core/contract';
import { createCoreMemory, createHandlers } from '../../../electron/core/registry';
import { createTempCore, type TempCore } from '../../support/tempCore';

describe('the core entry point', () => {
  let temp: TempCore | undefined;
  afterEach(async () => temp?.dispose());

  it('has a handler for every operation in the contract, and no others', () => {
    expect(Object.keys(createHandlers(createCoreMemory())).sort()).toEqual([...operationNames].sort());
  });

  it('answers an unknown operation with UNKNOWN_OPERATION instead of throwing', async () => {
    temp = await createTempCore();
    expect(await temp.core.invoke('faculty.dropEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_OPERATION' },
    });
    expect(await temp.core.invoke({ toString: () => 'faculty.list' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_OPERATION' },
    });
  });

  it('validates input before any handler runs', async () => {
    temp = await createTempCore();
    expect(await temp.core.invoke('faculty.list', { limit: 100000 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await temp.core.invoke('faculty.get', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('reports an unexpected failure without the record content, and saves nothing', async () => {
    const logged: string[] = [];
    temp = await createTempCore({ logError: (m) => logged.push(m) });
    const { sqlite } = temp.core.session.require();
    sqlite.exec("CREATE TRIGGER refuse BEFORE INSERT ON faculty BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
    const result = await temp.core.invoke('faculty.create', {
      name: 'Confidential Person',
      email: 'secret@x.edu',
      department: 'Secret Dept',
      rank: 'Professor',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong and nothing was saved. Please try again.' },
    });
    expect(logged.join('\n')).not.toMatch(/Confidential|secret|Secret/);
    expect(sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });

  it('refuses a guessable passphrase for every client, when creating, recovering or changing it', async () => {
    temp = await createTempCore();
    const weak = { code: 'WEAK_PASSPHRASE', message: expect.stringMatching(/too easy to guess/) };
    await expect(
      temp.core.call('vault.changePassphrase', { current: 'a long test passphrase', next: 'password123' }),
    ).rejects.toMatchObject(weak);
    await expect(
      temp.core.call('vault.changePassphrase', { current: 'a long test passphrase', next: 'trellis2026' }),
    ).rejects.toMatchObject(weak);
    await temp.core.call('vault.lock', {});
    await expect(
      temp.core.call('vault.recover', { recoveryKey: temp.recoveryKey, newPassphrase: 'qwertyuiop' }),
    ).rejects.toMatchObject(weak);
    await temp.core.call('vault.unlock', { passphrase: 'a long test passphrase' });
    await temp.core.call('vault.changePassphrase', {
      current: 'a long test passphrase',
      next: 'violet harbor seventeen lamps',
    });
  });

  it('reports the database status: schema version, cipher, integrity and counts', async () => {
    temp = await createTempCore();
    await temp.core.call('faculty.create', { name: 'A B', email: 'ab@x.edu', department: 'D', rank: 'Professor' });
    expect(await temp.core.call('vault.details', {})).toMatchObject({
      schemaVersion: expect.stringMatching(/^\d{4}_/),
      cipher: 'chacha20',
      integrity: 'ok',
      counts: { faculty: 1, audit_log: 1 },
    });
  });
});
