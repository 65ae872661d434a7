import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keySlotPath } from '../../../db/keySlots';
import { createCore } from '../../../electron/core/core';
import { addPeople, failure } from '../../support/backups';
import { createTempCore, fastKdf, type TempCore } from '../../support/tempCore';

describe('a database knows it is a demo', { timeout: 120_000 }, () => {
  let temp: TempCore | undefined;
  afterEach(async () => temp?.dispose());

  it('filling marks it as a demo; it is not filled twice, and real records are never filled', async () => {
    temp = await createTempCore();
    expect(await temp.core.call('demo.status', {})).toEqual({ demo: false });
    await temp.core.call('demo.fill', { size: 'small' });
    expect(await temp.core.call('demo.status', {})).toEqual({ demo: true });
    const again = await failure(temp.core.call('demo.fill', { size: 'small', seed: 2 }));
    expect(again).toMatchObject({
      code: 'DATABASE_NOT_EMPTY',
      message: 'This database already holds the demo records. Create another database to explore a different demo.',
    });

    const real = await createTempCore();
    try {
      await addPeople(real.core, ['Real Person']);
      expect((await failure(real.core.call('demo.fill', { size: 'small' }))).code).toBe('DATABASE_NOT_EMPTY');
      expect(await real.core.call('demo.status', {})).toEqual({ demo: false });
    } finally {
      await real.dispose();
    }
  });

  it('"Explore with demo data" makes a separate demo database and leaves the office’s records as they are', async () => {
    temp = await createTempCore();
    await addPeople(temp.core, ['Real Person']);
    const path = join(temp.dir, 'Demo', 'trellis.db');
    const made = await temp.core.call('demo.createDatabase', {
      path,
      passphrase: 'demo passphrase here',
      size: 'small',
    });
    expect(made.path).toBe(path);
    expect(existsSync(keySlotPath(path))).toBe(true);
    expect((await temp.core.call('faculty.list', {})).rows.map((r) => r.name)).toEqual(['Real Person']);
    expect(await temp.core.call('demo.status', {})).toEqual({ demo: false });

    const demo = createCore({ databasePath: path, actor: 'test', kdfCost: fastKdf, automaticBackups: false });
    try {
      await demo.call('vault.unlock', { passphrase: 'demo passphrase here' });
      expect(await demo.call('demo.status', {})).toEqual({ demo: true });
      expect((await demo.call('faculty.list', { status: 'all' })).total).toBe(made.counts.faculty);
    } finally {
      await demo.close();
    }
  });
});
