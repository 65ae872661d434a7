import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHost, type TestHost } from '../../host/server';
import {
  freshDataFolder,
  launchChromium,
  openApp,
  screenshot,
  type AppPage,
  type DataFolder,
} from '../support/chromium';
import { directorySummary, field, goTo, namesInTable } from '../support/ui';

/**
 * The rest of a working day: deactivating someone who left (behind a
 * confirmation), changing the office passphrase, checking the database, and
 * an empty area that says what to do first.
 */

const passphrase = 'maple lantern orbit quietly 42';
const person = {
  name: 'Tomás Ñúñez-Ibáñez',
  email: 'tomas.nunez@example.edu',
  department: 'Pediatrics',
  rank: 'Professor' as const,
};

let browser: Browser;
let data: DataFolder;
let host: TestHost;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  data = await freshDataFolder();
  host = await startTestHost({ databasePath: data.databasePath });
  await host.core.call('vault.create', { passphrase });
  await host.core.call('faculty.create', person);
  app = await openApp(browser, host.url);
  page = app.page;
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  await host?.close();
  await data?.remove();
});

describe('record status, settings and areas still to come', () => {
  test('deactivating asks first, hides the person from the active list, and can be undone', async () => {
    await goTo(page, 'Faculty');
    await page.getByRole('link', { name: person.name }).click();
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();

    // Cancelling the confirmation changes nothing.
    await page.getByRole('button', { name: 'Deactivate' }).click();
    const confirm = page.getByRole('dialog', { name: `Deactivate ${person.name}?` });
    await confirm.getByText('Nothing is deleted').waitFor();
    await screenshot(page, '30-deactivate-confirmation');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await host.core.call('faculty.list', { status: 'active' })).total).toBe(1);

    await page.getByRole('button', { name: 'Deactivate' }).click();
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('button', { name: 'Reactivate' }).waitFor();
    await page.getByText('Inactive', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Faculty directory' }).click();
    await page.getByText('No active people').waitFor();
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await expect.poll(() => directorySummary(page)).toBe('1 person found');
    expect(await namesInTable(page)).toEqual([person.name]);
    await screenshot(page, '31-directory-showing-inactive');

    await page.getByRole('link', { name: person.name }).click();
    await page.getByRole('button', { name: 'Reactivate' }).click();
    await page
      .getByRole('dialog', { name: `Reactivate ${person.name}?` })
      .getByRole('button', { name: 'Reactivate' })
      .click();
    await page.getByRole('button', { name: 'Deactivate' }).waitFor();
    expect((await host.core.call('faculty.list', { status: 'active' })).total).toBe(1);
    expect(app.problems).toEqual([]);
  });

  test('the passphrase can be changed in Settings, and the database details are shown', async () => {
    const next = 'copper meadow whistle nine';
    await goTo(page, 'Settings');
    const form = page.getByRole('form', { name: 'Change passphrase' });

    await field(form, 'Current passphrase').fill('not the passphrase');
    await field(form, 'New passphrase').fill(next);
    await field(form, 'Type it again').fill(next);
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await form.getByText('That passphrase is not correct. Check Caps Lock and try again.').waitFor();

    // A passphrase that is long enough but easy to guess is refused with advice.
    await field(form, 'Current passphrase').fill(passphrase);
    await field(form, 'New passphrase').fill('password123');
    await field(form, 'Type it again').fill('password123');
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await form.getByText('This passphrase is too easy to guess.', { exact: false }).waitFor();

    await field(form, 'New passphrase').fill(next);
    await field(form, 'Type it again').fill(next);
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Passphrase changed').waitFor();
    expect(await field(form, 'Current passphrase').inputValue()).toBe('');

    const details = page.getByRole('region', { name: 'Database', exact: true });
    await details.getByText('Passed').waitFor();
    await details.getByText(data.databasePath).waitFor();
    const facultyCount = details.getByRole('row', { name: /People in the faculty directory/ });
    expect(await facultyCount.getByRole('cell').last().textContent()).toBe('1');
    await screenshot(page, '32-settings');

    // The new passphrase is the one that unlocks now.
    await page.getByRole('button', { name: 'Lock' }).click();
    await field(page, 'Passphrase').fill(next);
    await page.getByRole('button', { name: 'Unlock' }).click();
    // Back on the page that was open.
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  test('an empty award list says what to do first, with no sample data', async () => {
    await goTo(page, 'Awards');
    await page.getByText('No awards yet').waitFor();
    await screenshot(page, '33-awards-empty');
    expect(app.problems).toEqual([]);
  });
});
