import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot } from '../support/chromium';
import { field, goTo } from '../support/ui';

/**
 * Separate databases: from Settings › Databases the office makes a second
 * database (its own passphrase, its own key file), works in it, and goes back
 * to the office's own through the recent list, unlocking it again. The
 * title bar names any database that is not the office's own.
 */

const officePassphrase = 'granite willow signal evening 17';
const secondPassphrase = 'copper meadow lantern ninety 64';
const officePerson = {
  name: 'Ingrid Halvorsen',
  email: 'ingrid@example.edu',
  department: 'Pediatrics',
  rank: 'Associate Professor' as const,
};

let app: AppOnNewDatabase;
let page: Page;
let folder: string;

beforeAll(async () => {
  app = await openAppOnNewDatabase({
    passphrase: officePassphrase,
    seed: (core) => core.call('faculty.create', officePerson),
  });
  page = app.page;
  folder = dirname((await app.host.core.call('vault.details', {})).databasePath);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const databasesSection = () => page.getByRole('region', { name: 'Databases' });

describe('opening a second database and switching back', { timeout: 120_000 }, () => {
  test('a new database starts at set-up, apart from the office’s records', async () => {
    await goTo(page, 'Settings');
    await databasesSection().getByTestId('current-database').getByText('Office database').waitFor();
    expect(await page.getByTestId('open-database').count()).toBe(0);

    const second = join(folder, 'Dermatology', 'Dermatology.db');
    await mkdir(dirname(second));
    app.host.chooseNext('save', second);
    await databasesSection().getByRole('button', { name: 'New database…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up Trellis' }).waitFor();
    await field(page, 'Passphrase').fill(secondPassphrase);
    await field(page, 'Type it again').fill(secondPassphrase);
    await page.getByRole('button', { name: 'Create the database' }).click();
    await page.getByLabel('I have saved this recovery key somewhere safe').check();
    await page.getByRole('button', { name: 'Continue to Trellis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    expect((await app.host.core.call('vault.details', {})).databasePath).toBe(second);
    expect((await app.host.core.call('faculty.list', { status: 'all' })).total).toBe(0);
    // Its own key file, owner-only.
    expect((await stat(`${second}.keys`)).mode & 0o077).toBe(0);
    expect(await page.getByTestId('open-database').textContent()).toBe('· Dermatology');
    await goTo(page, 'Settings');
    await databasesSection().getByRole('table', { name: 'Recent databases' }).waitFor();
    await databasesSection().scrollIntoViewIfNeeded();
    await screenshot(page, 'databases-01-second-open');
  });

  test('the office’s database opens again from the recent list, locked until its passphrase is given', async () => {
    await databasesSection().getByRole('button', { name: 'Open Office database' }).click();
    await page.getByRole('heading', { level: 1, name: /Unlock/ }).waitFor();
    await screenshot(page, 'databases-02-office-locked');
    await field(page, 'Passphrase').fill(officePassphrase);
    await page.getByRole('button', { name: /^Unlock/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(await page.getByTestId('open-database').count()).toBe(0);
    await goTo(page, 'Faculty');
    await page.getByRole('link', { name: officePerson.name }).waitFor();

    // The recent list on disk: paths and names only, owner-only.
    const listFile = join(folder, 'recent-databases.json');
    const recent = JSON.parse(await readFile(listFile, 'utf8')) as { path: string; name: string }[];
    expect(recent.map((entry) => entry.name)).toEqual(['Office database', 'Dermatology']);
    expect((await stat(listFile)).mode & 0o077).toBe(0);
    expect(app.app.problems).toEqual([]);
  });
});
