import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot } from '../support/chromium';
import { goTo } from '../support/ui';

/**
 * Settings › Backups and Export all records, driven as office staff would:
 * back up now, restore that backup over later changes (confirming, with the
 * backup's passphrase), undo the restore, move the backups folder, and
 * export every record to a .zip whose files are then read.
 */

const passphrase = 'harbor violet cedar morning 58';
const first = {
  name: 'Adaeze Okonkwo',
  email: 'adaeze@example.edu',
  department: 'Medicine',
  rank: 'Professor' as const,
};
const second = {
  name: 'Björn Lindqvist',
  email: 'bjorn@example.edu',
  department: 'Surgery',
  rank: 'Instructor' as const,
};

let app: AppOnNewDatabase;
let page: Page;
let dataFolder: string;

beforeAll(async () => {
  app = await openAppOnNewDatabase({
    passphrase,
    seed: (core) => core.call('faculty.create', first),
  });
  page = app.page;
  dataFolder = dirname((await app.host.core.call('vault.details', {})).databasePath);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const people = async () => (await app.host.core.call('faculty.list', { status: 'all' })).total;
const backupsSection = () => page.getByRole('region', { name: 'Backups' });

async function openSettings(): Promise<void> {
  await goTo(page, 'Settings');
  await backupsSection().scrollIntoViewIfNeeded();
}

describe('backups in Settings', { timeout: 120_000 }, () => {
  test('Back up now makes a backup in the default folder, listed with its date and records', async () => {
    await openSettings();
    await backupsSection().getByText('Default, beside the database').waitFor();
    const table = page.getByRole('table', { name: 'Backups kept' });
    // The first change (adding a person) was backed up automatically.
    await table.getByRole('row', { name: /While changes were made/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);

    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText('Backed up', { exact: true }).waitFor();
    await table.getByRole('row', { name: /Backed up by hand/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    expect(await table.getByRole('row', { name: /Backed up by hand/ }).textContent()).toMatch(/1 person/);
    expect(await page.getByTestId('last-backup').textContent()).toContain(join(dataFolder, 'Backups'));
    const files = await readdir(join(dataFolder, 'Backups'));
    expect(files.filter((name) => name.endsWith('.trellisbackup'))).toHaveLength(2);
    await backupsSection().scrollIntoViewIfNeeded();
    await screenshot(page, 'backups-01-after-back-up-now');
  });

  test('restoring a backup asks first, needs its passphrase, and can be undone', async () => {
    await app.host.core.call('faculty.create', second);
    expect(await people()).toBe(2);
    await page.reload();
    await openSettings();

    await page
      .getByRole('table', { name: 'Backups kept' })
      .getByRole('row', { name: /Backed up by hand/ })
      .getByRole('button', { name: /^Restore the backup of / })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
    await dialog.getByRole('table', { name: 'What the backup holds' }).waitFor();
    expect(await dialog.getByRole('row', { name: /^People/ }).textContent()).toBe('People1');
    await dialog.getByText('Trellis first backs up the records as they are now').waitFor();
    await screenshot(page, 'backups-02-restore-confirm');

    // A wrong passphrase is refused on its field, and nothing changes.
    await dialog.getByLabel('Passphrase of the backup').fill('not the passphrase at all');
    await dialog.getByRole('button', { name: 'Restore these records' }).click();
    await dialog.getByText(/That passphrase does not unlock this backup/).waitFor();
    expect(await people()).toBe(2);

    await dialog.getByLabel('Passphrase of the backup').fill(passphrase);
    await dialog.getByRole('button', { name: 'Restore these records' }).click();
    await dialog.getByText('Restored', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await people()).toBe(1);
    await dialog.getByText(/The records as they were just before are kept in /).waitFor();
    await screenshot(page, 'backups-03-restored');

    await dialog.getByRole('button', { name: 'Undo restore' }).click();
    await page.getByRole('dialog', { name: 'Undo the restore?' }).getByRole('button', { name: 'Undo restore' }).click();
    await page.getByText('Restore undone', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await people()).toBe(2);
    expect((await app.host.core.call('faculty.list', { status: 'all' })).rows.map((p) => p.name).sort()).toEqual(
      [first.name, second.name].sort(),
    );
    await screenshot(page, 'backups-04-restore-undone');
  });

  test('the backups folder can be moved, and the next backup goes there', async () => {
    const elsewhere = join(dataFolder, 'USB disk');
    await mkdir(elsewhere);
    app.host.chooseNext('open', elsewhere);
    await backupsSection().getByRole('button', { name: 'Change folder…' }).click();
    await page.getByTestId('backups-folder').getByText(elsewhere, { exact: true }).waitFor();
    expect(await backupsSection().getByText('Default, beside the database').count()).toBe(0);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByTestId('last-backup').getByText(elsewhere, { exact: false }).waitFor();
    const files = (await readdir(elsewhere)).filter((name) => name.endsWith('.trellisbackup'));
    // The one made by hand is there; moving the folder is itself a change, so an automatic
    // backup may land beside it, depending on when the hourly one last ran.
    expect(files.length).toBeGreaterThanOrEqual(1);
    // Owner-only, like every file Trellis writes.
    for (const file of files) expect((await stat(join(elsewhere, file))).mode & 0o077).toBe(0);
    await screenshot(page, 'backups-05-folder-moved');
  });
});

describe('export all records', { timeout: 120_000 }, () => {
  test('warns that the export is not encrypted, then writes every table, readable, into a .zip', async () => {
    const section = page.getByRole('region', { name: 'Export all records' });
    await section.scrollIntoViewIfNeeded();
    await section.getByText(/^An export is not encrypted: anyone who can open it can read every record/).waitFor();
    await screenshot(page, 'export-01-warning');

    const target = join(dataFolder, 'Trellis records.zip');
    app.host.chooseNext('save', target);
    await section.getByRole('button', { name: 'Export all records…' }).click();
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toMatch(/records in \d+ tables, one CSV file each/);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'export-02-done');

    const members = await unzip(target);
    const faculty = members['Trellis records/faculty.csv'];
    expect(faculty).toBeDefined();
    const text = faculty!.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(first.name);
    expect(text).toContain(second.name);
    expect(Object.keys(members)).toContain('Trellis records/data-dictionary.csv');
    expect((await stat(target)).mode & 0o077).toBe(0);
    const audit = await app.host.core.call('vault.details', {});
    expect(audit.counts.audit_log).toBeGreaterThan(0);
    expect(app.app.problems).toEqual([]);
  });
});

async function unzip(path: string): Promise<Record<string, Buffer>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const members: Record<string, Buffer> = {};
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    members[entry.fileName] = Buffer.concat(chunks);
  }
  zip.close();
  return members;
}
