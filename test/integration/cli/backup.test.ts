import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPeople } from '../../support/backups';
import { createTempCore, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

describe('trellis backup … and trellis export', { timeout: 180_000 }, () => {
  let made: TempCore;
  let out: ReturnType<typeof tempDir>;
  const run = (args: string[], env: Record<string, string> = {}) =>
    runTrellis(['--db', made.databasePath, ...args], {
      home: out.path,
      env: { TRELLIS_PASSPHRASE: testPassphrase, ...env },
    });

  beforeAll(async () => {
    out = tempDir('trellis-cli-backup-');
    made = await createTempCore();
    await addPeople(made.core, ['Ana García-López', 'Pádraig Ó Súilleabháin']);
    await made.core.close();
  });
  afterAll(async () => {
    await made.dispose();
    out.remove();
  });

  it('create, list, verify, and restore only with --yes when there is no terminal to ask on', async () => {
    const created = await run(['backup', 'create', '--to', out.path, '--json']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const entry = JSON.parse(created.stdout) as { path: string; counts: Record<string, number> };
    expect(entry.path.startsWith(join(out.path, 'Trellis '))).toBe(true);
    expect(entry.counts.faculty).toBe(2);
    if (process.platform !== 'win32') expect(statSync(entry.path).mode & 0o777).toBe(0o600);

    const listed = await run(['backup', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^Backups in ${join(made.dir, 'Backups')}\\n`));

    const verified = await run(['backup', 'verify', entry.path]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`${entry.path}: sound (checksums, passphrase and integrity check all ok)`);
    const wrong = await run(['backup', 'verify', entry.path], { TRELLIS_BACKUP_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /^trellis: WRONG_PASSPHRASE: That passphrase does not unlock this backup \(made \d{4}-\d\d-\d\d\)\./,
    );

    const asked = await run(['backup', 'restore', entry.path]);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toMatch(/^trellis: CONFIRMATION_REQUIRED: Add --yes to restore without being asked/);
    const restored = await run(['backup', 'restore', entry.path, '--yes']);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`Restored the records from ${entry.path}.`);
    expect(restored.stdout).toContain('Today’s passphrase still opens them.');
  });

  it('export writes the folder after warning that it is not encrypted', async () => {
    const folder = join(out.path, 'export');
    const result = await run(['export', '--out', folder]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'warning: An export is not encrypted: anyone who can open it can read every record, confidential notes included. Keep it on an encrypted disk, and delete it when it is no longer needed.\n',
    );
    expect(readdirSync(folder)).toEqual(expect.arrayContaining(['faculty.csv', 'data-dictionary.csv']));
    expect(readFileSync(join(folder, 'faculty.csv'), 'utf8')).toContain('Pádraig Ó Súilleabháin');
    const again = await run(['export', '--out', folder]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${folder} already exists. Choose another name.`);
    expect(existsSync(`${folder}.zip`)).toBe(false);
  });
});
