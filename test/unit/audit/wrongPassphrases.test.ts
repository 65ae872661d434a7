import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { failure } from '../../support/backups';
import { createTempCore, fastKdf, testNow, testPassphrase, type TempCore } from '../../support/tempCore';

/** After five wrong passphrases in a row each try waits twice as long (30 s … 5 min); the clock is the test's. */

let temp: TempCore;
let clock: number;
beforeEach(async () => {
  clock = Date.parse(testNow);
  temp = await createTempCore({ now: () => new Date(clock) });
  await temp.core.call('vault.lock', {});
});
afterEach(() => temp.dispose());

const tryWith = (core: Core, passphrase: string) => failure(core.call('vault.unlock', { passphrase }));

it('five wrong passphrases are free; then each try waits, doubling up to 5 minutes, and the wait says how long', async () => {
  for (let i = 0; i < 5; i++) expect((await tryWith(temp.core, 'not it at all')).code).toBe('WRONG_PASSPHRASE');

  const waiting = (await tryWith(temp.core, testPassphrase)) as { code: string; fields?: Record<string, string> };
  expect(waiting.code).toBe('UNLOCK_WAIT');
  expect(waiting.fields?.waitSeconds).toBe('30');

  const waits: number[] = [];
  for (let i = 0; i < 6; i++) {
    const left = (await tryWith(temp.core, 'not it at all')) as { fields?: Record<string, string> };
    waits.push(Number(left.fields?.waitSeconds ?? 0));
    clock += waits.at(-1)! * 1000;
    expect((await tryWith(temp.core, 'not it at all')).code).toBe('WRONG_PASSPHRASE');
  }
  expect(waits).toEqual([30, 60, 120, 240, 300, 300]);
});

it('the count survives a restart, the recovery key is never made to wait, and a correct unlock starts again', async () => {
  for (let i = 0; i < 6; i++) await tryWith(temp.core, 'not it at all');
  await temp.core.close();

  const restarted = createCore({
    databasePath: temp.databasePath,
    actor: 'test-user',
    kdfCost: fastKdf,
    automaticBackups: false,
    now: () => new Date(clock),
  });
  try {
    expect((await tryWith(restarted, testPassphrase)).code).toBe('UNLOCK_WAIT');
    await restarted.call('vault.recover', { recoveryKey: temp.recoveryKey, newPassphrase: 'a brand new passphrase' });
    await restarted.call('vault.lock', {});
    expect((await tryWith(restarted, 'still not it')).code).toBe('WRONG_PASSPHRASE');
    await restarted.call('vault.unlock', { passphrase: 'a brand new passphrase' });
  } finally {
    await restarted.close();
  }
});
