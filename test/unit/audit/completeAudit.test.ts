import { afterEach, beforeEach, expect, it } from 'vitest';
import { readKeySlotFile } from '../../../db/keySlots';
import { failure } from '../../support/backups';
import { createTempCore, testNow, testPassphrase, type TempCore } from '../../support/tempCore';

/**
 * What used to leave no trace now leaves an audit entry naming the session's
 * actor (the test core's "test-user"), and never what was typed or exported.
 */

let temp: TempCore;
let clock: Date;
beforeEach(async () => {
  clock = new Date(testNow);
  temp = await createTempCore({ now: () => clock });
});
afterEach(() => temp.dispose());

const entries = () =>
  temp.core.session
    .current()!
    .sqlite.prepare('SELECT at, actor, operation, record_type, record_id FROM audit_log ORDER BY id')
    .all();

it('a passphrase change and a recovery each leave an entry', async () => {
  await temp.core.call('vault.changePassphrase', { current: testPassphrase, next: 'the second long passphrase' });
  await temp.core.call('vault.lock', {});
  await temp.core.call('vault.recover', { recoveryKey: temp.recoveryKey, newPassphrase: 'the third long passphrase' });
  expect(entries()).toEqual([
    {
      at: testNow,
      actor: 'test-user',
      operation: 'vault.changePassphrase',
      record_type: 'vault',
      record_id: 'passphrase',
    },
    { at: testNow, actor: 'test-user', operation: 'vault.recover', record_type: 'vault', record_id: 'recovery-key' },
  ]);
});

it('wrong passphrases are recorded at the next unlock, each with its own time and nothing typed', async () => {
  await temp.core.call('vault.lock', {});
  for (const minute of [1, 2]) {
    clock = new Date(Date.parse(testNow) + minute * 60_000);
    expect((await failure(temp.core.call('vault.unlock', { passphrase: `wrong guess ${minute}` }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
  }
  clock = new Date(Date.parse(testNow) + 3 * 60_000);
  await temp.core.call('vault.unlock', { passphrase: testPassphrase });
  expect(entries()).toEqual(
    ['2026-11-23T12:01:00.000Z', '2026-11-23T12:02:00.000Z'].map((at) => ({
      at,
      actor: 'test-user',
      operation: 'vault.unlockFailed',
      record_type: 'vault',
      record_id: 'passphrase',
    })),
  );
  expect((await readKeySlotFile(temp.databasePath)).unlockFailures).toBeUndefined();
  expect(JSON.stringify(entries())).not.toContain('wrong guess');
});

it('exports leave an entry naming the record taken out, after they succeed', async () => {
  await temp.core.call('matrix.export', { format: 'xlsx' });
  expect(entries()).toContainEqual({
    at: testNow,
    actor: 'test-user',
    operation: 'matrix.export',
    record_type: 'matrix',
    record_id: 'default',
  });
  const notFound = await failure(temp.core.call('documents.agreement', { mentorshipId: 999 }));
  expect(notFound.code).toBe('NOT_FOUND');
  expect(entries().map((entry) => (entry as { operation: string }).operation)).not.toContain('documents.agreement');
});

it('a passphrase change needs the records unlocked, so it cannot go unrecorded', async () => {
  await temp.core.call('vault.lock', {});
  const locked = await failure(
    temp.core.call('vault.changePassphrase', { current: testPassphrase, next: 'the second long passphrase' }),
  );
  expect(locked.code).toBe('LOCKED');
});
