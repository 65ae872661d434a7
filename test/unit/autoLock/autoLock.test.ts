import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrellisError } from '../../../electron/common/errors';
import { createTempCore, testPassphrase, type TempCore } from '../../support/tempCore';

/** The "lock after N minutes without use" setting, kept in the encrypted database. */
let temp: TempCore;
beforeEach(async () => {
  temp = await createTempCore();
});
afterEach(() => temp.dispose());

const auditRows = () =>
  temp.core.session
    .require()
    .kysely.selectFrom('audit_log')
    .select(['operation', 'record_type', 'record_id'])
    .where('operation', '=', 'autoLock.set')
    .execute();

describe('auto-lock setting', () => {
  it('is 15 minutes until someone chooses otherwise', async () => {
    expect(await temp.core.call('autoLock.get', {})).toEqual({ minutes: 15 });
  });

  it('keeps a choice, including never, across locking and unlocking, with an audit entry that names only the setting', async () => {
    expect(await temp.core.call('autoLock.set', { minutes: 30 })).toEqual({ minutes: 30 });
    expect(await temp.core.call('autoLock.set', { minutes: null })).toEqual({ minutes: null });
    await temp.core.call('vault.lock', {});
    await temp.core.call('vault.unlock', { passphrase: testPassphrase });
    expect(await temp.core.call('autoLock.get', {})).toEqual({ minutes: null });
    await temp.core.call('autoLock.set', { minutes: 5 });
    expect(await temp.core.call('autoLock.get', {})).toEqual({ minutes: 5 });
    expect(await auditRows()).toEqual([
      { operation: 'autoLock.set', record_type: 'setting', record_id: 'auto_lock_minutes' },
      { operation: 'autoLock.set', record_type: 'setting', record_id: 'auto_lock_minutes' },
      { operation: 'autoLock.set', record_type: 'setting', record_id: 'auto_lock_minutes' },
    ]);
  });

  it('refuses a time it does not offer, in plain words, and changes nothing', async () => {
    await temp.core.call('autoLock.set', { minutes: 10 });
    for (const minutes of [0, 1, 7, 0.05, 120, -5]) {
      const error = await temp.core.call('autoLock.set', { minutes }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TrellisError);
      expect((error as TrellisError).code).toBe('VALIDATION');
      expect((error as TrellisError).message).toBe('Choose 5, 10, 15, 30 or 60 minutes, or never.');
    }
    const missing = await temp.core.call('autoLock.set', {} as never).catch((e: unknown) => e);
    expect((missing as TrellisError).code).toBe('VALIDATION');
    expect(await temp.core.call('autoLock.get', {})).toEqual({ minutes: 10 });
    expect(await auditRows()).toHaveLength(1);
  });

  it('cannot be read or changed while the records are locked', async () => {
    await temp.core.call('vault.lock', {});
    const error = await temp.core.call('autoLock.get', {}).catch((e: unknown) => e);
    expect((error as TrellisError).code).toBe('LOCKED');
  });
});
