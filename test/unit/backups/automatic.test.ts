import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../db/connection';
import { newKeySlotFile, wrapDataKey, writeKeySlotFile } from '../../../db/keySlots';
import { migrateDatabase } from '../../../db/migrate';
import { createCore } from '../../../electron/core/core';
import type { BackupProblem } from '../../../electron/core/backups/contract';
import { addPeople, facultyNames } from '../../support/backups';
import { createTempCore, fastKdf, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';

const minute = 60_000;

describe('automatic backups', { timeout: 120_000 }, () => {
  let temp: TempCore | undefined;
  afterEach(async () => temp?.dispose());

  it('are taken hourly while changes go on, before a matrix reset, and at lock after changes — each only when something changed', async () => {
    let clock = new Date('2026-12-05T14:30:00Z').getTime();
    temp = await createTempCore({ automaticBackups: true, now: () => new Date(clock) });
    const { core } = temp;
    const reasons = async () => {
      await core.memory.backups.idle();
      return (await core.call('backups.list', {})).backups.map((b) => b.reason).reverse();
    };

    await addPeople(core, ['First Person']);
    expect(await reasons()).toEqual(['hourly']); // the first change with no backup yet
    clock += 10 * minute;
    await addPeople(core, ['Second Person']);
    expect(await reasons()).toEqual(['hourly']); // within the hour: none
    await core.call('matrix.reset', { confirm: true });
    expect(await reasons()).toEqual(['hourly', 'before-matrix-reset']);
    await core.call('matrix.reset', { confirm: true });
    clock += 60 * minute;
    await addPeople(core, ['Third Person']);
    expect(await reasons()).toEqual(['hourly', 'before-matrix-reset', 'before-matrix-reset', 'hourly']);
    const status = await core.call('backups.status', {});
    expect(status).toMatchObject({
      changesSinceLastBackup: false,
      nextDueAt: null,
      problem: null,
      folderChosen: false,
    });
    expect(status.folder).toBe(join(temp.dir, 'Backups'));

    clock += minute;
    await addPeople(core, ['Fourth Person']);
    expect((await core.call('backups.status', {})).nextDueAt).toBe('2026-12-05T16:40:00.000Z');
    await core.call('vault.lock', {});
    await core.call('vault.unlock', { passphrase: testPassphrase });
    expect((await reasons()).at(-1)).toBe('lock');
    await core.call('vault.lock', {});
    await core.call('vault.unlock', { passphrase: testPassphrase });
    expect((await reasons()).at(-1)).toBe('lock'); // nothing changed: no second one
    expect((await reasons()).length).toBe(5);
  });

  it('a missing backups folder is reported once, plainly, and never stops the writes', async () => {
    let clock = new Date('2026-12-05T09:00:00Z').getTime();
    const problems: BackupProblem[] = [];
    temp = await createTempCore({
      automaticBackups: true,
      now: () => new Date(clock),
      onBackupProblem: (p) => problems.push(p),
    });
    const usb = join(temp.dir, 'USB disk');
    mkdirSync(usb);
    await temp.core.call('backups.setFolder', { path: usb });
    await temp.core.memory.backups.idle();
    rmSync(usb, { recursive: true });
    for (const name of ['One Person', 'Two Person', 'Three Person']) {
      clock += 61 * minute;
      await addPeople(temp.core, [name]);
      await temp.core.memory.backups.idle();
    }
    expect(await facultyNames(temp.core)).toEqual(['One Person', 'Three Person', 'Two Person']);
    expect(problems).toHaveLength(1);
    const message = `Trellis could not back up the records: the backups folder ${usb} is not there (a disk or network drive not connected?). Your work is saved; connect it, or choose another folder in Settings › Backups.`;
    expect(problems[0]).toEqual({ code: 'FOLDER_MISSING', message, folder: usb, since: '2026-12-05T10:01:00.000Z' });
    expect((await temp.core.call('backups.status', {})).problem).toEqual(problems[0]);

    mkdirSync(usb);
    clock += 61 * minute;
    await addPeople(temp.core, ['Four Person']);
    await temp.core.memory.backups.idle();
    expect((await temp.core.call('backups.status', {})).problem).toBeNull();
    expect(readdirSync(usb)).toHaveLength(1);
  });

  it('are taken before a passphrase change, and before an older database is migrated (which restores and migrates again)', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'trellis.db');
    const dataKey = randomBytes(32);
    const slots = newKeySlotFile([]);
    slots.slots.push(await wrapDataKey(dataKey, testPassphrase, 'passphrase', slots.databaseId, fastKdf.passphrase));
    slots.slots.push(
      await wrapDataKey(
        dataKey,
        'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
        'recovery',
        slots.databaseId,
        fastKdf.recovery,
      ),
    );
    const sqlite = openEncryptedDatabase(path, dataKey, { create: true });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a database as an older Trellis left it
    const old = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrateDatabase(old, '0004_imports');
    await old
      .insertInto('audit_log')
      .values({ at: 'then', actor: 'someone', operation: 'faculty.create', record_type: 'faculty', record_id: '1' })
      .execute();
    await old.destroy();
    await writeKeySlotFile(path, slots);

    const core = createCore({ databasePath: path, actor: 'test', kdfCost: fastKdf });
    try {
      await core.call('vault.unlock', { passphrase: testPassphrase });
      const [first] = (await core.call('backups.list', {})).backups;
      expect(first).toMatchObject({ reason: 'before-migration', schemaVersion: '0004_imports' });
      await addPeople(core, ['Somebody New']);
      await core.memory.backups.idle();
      await core.call('vault.changePassphrase', { current: testPassphrase, next: 'another long passphrase' });
      expect((await core.call('backups.list', {})).backups.map((b) => b.reason)).toContain('before-passphrase-change');

      const restored = await core.call('backups.restore', { path: first!.path, passphrase: testPassphrase });
      expect(restored.migratedFrom).toBe('0004_imports');
      expect((await core.call('vault.details', {})).schemaVersion).not.toBe('0004_imports');
    } finally {
      await core.close();
      dir.remove();
    }
  });
});
