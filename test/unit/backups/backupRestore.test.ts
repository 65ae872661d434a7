import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import yazl from 'yazl';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { readManifest } from '../../../electron/core/backups/archive';
import { readKeySlotFile } from '../../../db/keySlots';
import { addPeople, facultyNames, failure, fingerprintOf } from '../../support/backups';
import { filesContainingPlaintext } from '../../support/plaintextScan';
import { createTempCore, fastKdf, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { startWriter } from '../../support/writerProcess';

const people = ['Siobhán Ó Súilleabháin', 'Nguyễn Thị Minh Khai', 'Zbigniew Kowalczyk-Wrzesniewski'];

describe('backups and restores on real encrypted databases', { timeout: 120_000 }, () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  async function made(): Promise<TempCore> {
    const temp = await createTempCore();
    cleanup.push(() => temp.dispose());
    return temp;
  }

  it('a backup taken while another process writes restores exactly what was committed when it was taken', async () => {
    const temp = await made();
    await addPeople(temp.core, people);
    const writer = await startWriter(temp.databasePath, testPassphrase, 0);
    cleanup.push(() => writer.stop());
    await writer.waitFor(20);
    const before = writer.wrote();
    const backup = await temp.core.call('backups.create', {});
    await writer.waitFor(before + 20);
    await writer.stop();

    const elsewhere = tempDir();
    cleanup.push(() => elsewhere.remove());
    const fresh = createCore({
      databasePath: join(elsewhere.path, 'trellis.db'),
      actor: 'test',
      kdfCost: fastKdf,
      automaticBackups: false,
    });
    cleanup.push(() => fresh.close());
    await fresh.call('backups.restore', { path: backup.path, passphrase: testPassphrase });
    const names = await facultyNames(fresh);
    const written = names.filter((n) => n.startsWith('Writer ')).length;
    // Every commit before the backup started, and then a whole prefix of the writer's rows: nothing torn.
    expect(written).toBeGreaterThanOrEqual(before);
    expect(names).toEqual([...people, ...Array.from({ length: written }, (_, i) => `Writer ${i}`)].sort());
    expect(backup.counts.faculty).toBe(people.length + written);
    const details = await fresh.call('vault.details', {});
    expect(details.integrity).toBe('ok');
    expect(details.counts.audit_log).toBe(backup.counts.audit_log! + 1); // + the restore itself
  });

  it('a backup holds no plaintext of any record, and its manifest only versions, checksums and counts', async () => {
    const temp = await made();
    await addPeople(temp.core, people);
    const backup = await temp.core.call('backups.create', {});
    expect(backup.fileName).toMatch(/^Trellis \d{4}-\d\d-\d\d \d{4}\.trellisbackup$/);
    const needles = [...people, 'Súilleabháin', 'Psychiatry and Behavioral Sciences', 'med.example.edu'];
    expect(filesContainingPlaintext(join(temp.dir, 'Backups'), needles)).toEqual([]);
    const manifest = await readManifest(backup.path);
    expect(Object.keys(manifest).sort()).toEqual(
      [
        'counts',
        'createdAt',
        'databaseId',
        'format',
        'lastAuditId',
        'auditCheckpoint',
        'members',
        'reason',
        'schemaVersion',
        'trellisVersion',
        'version',
      ].sort(),
    );
    expect(manifest.counts.faculty).toBe(3);
    expect(manifest.lastAuditId).toBe(3);
    // The checkpoint travels with every backup: the same one the key file keeps.
    expect(manifest.auditCheckpoint).toEqual((await readKeySlotFile(temp.databasePath)).auditCheckpoint);
  });

  it('a damaged, cut-short or newer backup is refused with its own code, and nothing changes', async () => {
    const temp = await made();
    await addPeople(temp.core, people);
    const backup = await temp.core.call('backups.create', {});
    await temp.core.call('faculty.create', {
      name: 'After The Backup',
      email: 'after@med.example.edu',
      rank: 'Professor',
      department: 'Medicine',
    });
    const good = readFileSync(backup.path);
    const namesBefore = await facultyNames(temp.core);
    const attempt = async (bytes: Buffer, name = 'Broken.trellisbackup') => {
      const path = join(temp.dir, name);
      writeFileSync(path, bytes);
      const before = fingerprintOf(temp.databasePath);
      const error = await failure(temp.core.call('backups.restore', { path, passphrase: testPassphrase }));
      expect(fingerprintOf(temp.databasePath)).toEqual(before);
      expect(await facultyNames(temp.core)).toEqual(namesBefore);
      return error;
    };

    const flipped = Buffer.from(good);
    flipped[Math.floor(good.length / 2)]! ^= 0xff;
    const damaged = await attempt(flipped);
    expect(damaged).toMatchObject({ code: 'BACKUP_DAMAGED' });
    expect(damaged.message).toBe(
      'This backup is damaged (its database does not match its checksum), so it cannot be used. Nothing was changed. Try another backup.',
    );
    expect((await attempt(good.subarray(0, Math.floor(good.length / 2)))).code).toBe('BACKUP_DAMAGED');
    expect((await attempt(Buffer.from('not a zip at all'), 'notes.txt')).code).toBe('BACKUP_NOT_A_BACKUP');

    const manifest = await readManifest(backup.path);
    const newer = await rezip(backup.path, { ...manifest, version: 2 });
    const tooNew = await attempt(newer);
    expect(tooNew).toEqual(
      expect.objectContaining({
        code: 'BACKUP_TOO_NEW',
        message:
          'This backup was made by a newer version of Trellis. Install that version to restore it; nothing was changed.',
      }),
    );
  });

  it('a backup of a newer schema is refused as BACKUP_TOO_NEW after its checks, and nothing changes', async () => {
    const temp = await made();
    await addPeople(temp.core, people);
    const sqlite = temp.core.session.require().sqlite;
    sqlite.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', 'x')`).run();
    const backup = await temp.core.call('backups.create', {});
    sqlite.prepare(`DELETE FROM kysely_migration WHERE name = '9999_future'`).run();
    const before = fingerprintOf(temp.databasePath);
    const error = await failure(temp.core.call('backups.restore', { path: backup.path, passphrase: testPassphrase }));
    expect(error.code).toBe('BACKUP_TOO_NEW');
    expect(fingerprintOf(temp.databasePath)).toEqual(before);
  });

  it('a backup opens with its own passphrase; after the restore today’s passphrase still opens the records', async () => {
    const temp = await made();
    await addPeople(temp.core, people.slice(0, 1));
    const backup = await temp.core.call('backups.create', {});
    await addPeople(temp.core, people.slice(1));
    await temp.core.call('vault.changePassphrase', { current: testPassphrase, next: 'the passphrase of today' });

    const wrong = await failure(
      temp.core.call('backups.restore', { path: backup.path, passphrase: 'the passphrase of today' }),
    );
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect(wrong.message).toBe(
      `That passphrase does not unlock this backup (made ${backup.createdAt.slice(0, 10)}). A backup opens with the passphrase in use when it was made, which may differ from today's; or use the recovery key. Nothing was changed.`,
    );
    const restored = await temp.core.call('backups.restore', { path: backup.path, passphrase: testPassphrase });
    expect(restored.keyFile).toBe('kept');
    expect(restored.safetyBackup?.counts.faculty).toBe(3);
    expect(await facultyNames(temp.core)).toEqual([people[0]]);
    await temp.core.call('vault.lock', {});
    await temp.core.call('vault.unlock', { passphrase: 'the passphrase of today' });
    const audit = await temp.core.session
      .require()
      .kysely.selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      operation: 'backups.restore',
      record_type: 'backup',
      record_id: backup.createdAt,
      actor: 'test-user',
    });
  });

  it('on a new computer, a backup file alone restores the records with the recovery key', async () => {
    const temp = await made();
    await addPeople(temp.core, people);
    const backup = await temp.core.call('backups.create', {});
    const computer = tempDir();
    cleanup.push(() => computer.remove());
    const path = join(computer.path, 'Trellis', 'trellis.db');
    const fresh = createCore({ databasePath: path, actor: 'new computer', kdfCost: fastKdf, automaticBackups: false });
    cleanup.push(() => fresh.close());
    expect((await fresh.call('vault.status', {})).state).toBe('new');
    const restored = await fresh.call('backups.restore', {
      path: backup.path,
      recoveryKey: temp.recoveryKey.toLowerCase(),
    });
    expect(restored).toMatchObject({ keyFile: 'from-backup', safetyBackup: null, migratedFrom: null });
    expect(restored.restored.counts.faculty).toBe(3);
    expect(await facultyNames(fresh)).toEqual([...people].sort());
    await fresh.call('vault.lock', {});
    await fresh.call('vault.unlock', { passphrase: testPassphrase });
  });

  it('"Undo restore" puts back the records as they were just before the restore', async () => {
    const temp = await made();
    await addPeople(temp.core, people.slice(0, 1));
    const backup = await temp.core.call('backups.create', {});
    await addPeople(temp.core, people.slice(1));
    const namesBefore = await facultyNames(temp.core);
    expect((await temp.core.call('backups.status', {})).undoRestoreAvailable).toBe(false);
    await temp.core.call('backups.restore', { path: backup.path, passphrase: testPassphrase });
    expect(await facultyNames(temp.core)).toEqual([people[0]]);
    expect((await temp.core.call('backups.status', {})).undoRestoreAvailable).toBe(true);

    const undone = await temp.core.call('backups.undoRestore', {});
    expect(undone.unlocked).toBe(true);
    expect(await facultyNames(temp.core)).toEqual(namesBefore);
    expect((await temp.core.call('backups.status', {})).undoRestoreAvailable).toBe(false);
    expect((await failure(temp.core.call('backups.undoRestore', {}))).code).toBe('NOTHING_TO_UNDO');
    await temp.core.call('vault.lock', {});
    await temp.core.call('vault.unlock', { passphrase: testPassphrase });
    expect(await facultyNames(temp.core)).toEqual(namesBefore);
  });

  it('verify checks everything and changes nothing', async () => {
    const temp = await made();
    await addPeople(temp.core, people);
    const backup = await temp.core.call('backups.create', {});
    const before = fingerprintOf(temp.databasePath);
    const verified = await temp.core.call('backups.verify', { path: backup.path, passphrase: testPassphrase });
    expect(verified).toMatchObject({ integrity: 'ok', sameDatabase: true, createdAt: backup.createdAt });
    expect(fingerprintOf(temp.databasePath)).toEqual(before);
    const raw = new Database(backup.path);
    expect(() => raw.prepare('SELECT 1').get()).toThrow();
    raw.close();
    rmSync(backup.path);
  });
});

/** The same members with another manifest, as a newer Trellis might write. */
async function rezip(path: string, manifest: object): Promise<Buffer> {
  const yauzl = (await import('yauzl')).default;
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const out = new yazl.ZipFile();
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName === 'manifest.json') continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    out.addBuffer(Buffer.concat(chunks), entry.fileName, { compress: false });
  }
  zip.close();
  out.addBuffer(Buffer.from(JSON.stringify(manifest)), 'manifest.json');
  out.end();
  const chunks: Buffer[] = [];
  for await (const chunk of out.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
