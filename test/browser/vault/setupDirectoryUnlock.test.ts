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
import { choose, directorySummary, field, goTo, namesInTable } from '../support/ui';

/**
 * The first day with Trellis, then the next morning: set up the database,
 * keep the recovery key, build a small directory, lock; come back, mistype
 * the passphrase, unlock, and find everything as it was left. The flows run
 * in order on one data folder, as a real office would use it.
 */

const passphrase = 'maple lantern orbit quietly 42';
const siobhan = { name: 'Siobhán Ó Súilleabháin', email: 'siobhan.osuilleabhain@example.edu' };
const marcus = { name: 'Marcus Webb', email: 'marcus.webb@example.edu' };
const editedDepartment = 'Psychiatry & Behavioral Sciences';

let browser: Browser;
let data: DataFolder;
let host: TestHost | undefined;
let app: AppPage | undefined;
let recoveryKey = '';

beforeAll(async () => {
  data = await freshDataFolder();
  browser = await launchChromium();
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  await host?.close();
  await data?.remove();
});

/** Starts a host on the data folder (a restart of the app between flows) and opens the app in a new profile. */
async function openFresh(): Promise<Page> {
  await app?.context.close();
  await host?.close();
  host = await startTestHost({ databasePath: data.databasePath });
  app = await openApp(browser, host.url);
  return app.page;
}

async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function fieldError(page: Page, message: string): Promise<void> {
  await page.getByText(message, { exact: true }).waitFor();
}

describe('first run, the faculty directory, and unlocking again', () => {
  test('sets up the database, requires the recovery key to be saved, builds and edits the directory, then locks', async () => {
    const page = await openFresh();
    await heading(page, 'Set up Trellis');

    // The length rule and the second entry are checked before anything is created.
    await field(page, 'Passphrase').fill('too short');
    await field(page, 'Type it again').fill('too short');
    await page.getByRole('button', { name: 'Create the database' }).click();
    await fieldError(page, 'Use at least 10 characters; a few unrelated words work well.');
    await field(page, 'Passphrase').fill(passphrase);
    await field(page, 'Type it again').fill(`${passphrase}!`);
    await page.getByRole('button', { name: 'Create the database' }).click();
    await fieldError(page, 'The two passphrases do not match.');
    await field(page, 'Type it again').fill(passphrase);
    await page.getByTestId('passphrase-strength').waitFor();
    await screenshot(page, '01-setup-passphrase');
    await page.getByRole('button', { name: 'Create the database' }).click();

    // The recovery key is shown once, and the way on stays shut until it is saved.
    await heading(page, 'Save your recovery key');
    recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    const continueButton = page.getByRole('button', { name: 'Continue to Trellis' });
    expect(await continueButton.isDisabled()).toBe(true);
    await page.getByLabel('I have saved this recovery key somewhere safe').check();
    expect(await continueButton.isEnabled()).toBe(true);
    await screenshot(page, '02-recovery-key');
    await continueButton.click();
    await heading(page, 'Dashboard');
    await screenshot(page, '03-dashboard-empty');

    // An empty directory says what to do next.
    await goTo(page, 'Faculty');
    await page.getByText('No one in the directory yet').waitFor();
    await page.getByText('Add a person, or import a roster (coming soon).').waitFor();
    await screenshot(page, '04-directory-empty');

    // Add two people, one with an accented Irish name.
    await page.getByRole('button', { name: 'Add person' }).first().click();
    const form = page.getByRole('dialog', { name: 'Add a person' });
    await field(form, 'Name').fill(siobhan.name);
    await field(form, 'Email').fill(siobhan.email);
    await field(form, 'Department').fill('Psychiatry');
    await choose(page, 'Rank', 'Associate Professor', form);
    await form.getByLabel('Appointment start').fill('2014-09-01');
    await field(form, 'Interests').fill('Addictions');
    await field(form, 'Interests').press('Enter');
    await form.getByLabel('First-time leader').check();
    await screenshot(page, '05-add-person-form');
    await form.getByRole('button', { name: 'Add person' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: siobhan.name }).waitFor();

    await page.getByRole('button', { name: 'Add person' }).first().click();
    await field(form, 'Name').fill(marcus.name);
    await field(form, 'Email').fill(marcus.email);
    await field(form, 'Department').fill('Cardiology');
    await choose(page, 'Rank', 'Assistant Professor', form);
    await form.getByRole('button', { name: 'Add person' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: marcus.name }).waitFor();
    expect(await directorySummary(page)).toBe('2 active people');
    expect(await namesInTable(page)).toEqual([marcus.name, siobhan.name]);
    await screenshot(page, '06-directory-two-people');

    // Search ignores accents and case: "siobhan" finds Siobhán and only her.
    await page.getByRole('searchbox', { name: 'Search' }).fill('siobhan');
    await expect.poll(() => directorySummary(page)).toBe('1 person found');
    expect(await namesInTable(page)).toEqual([siobhan.name]);
    await screenshot(page, '07-directory-search');

    // Edit from the detail page; the change shows there and in the directory.
    await page.getByRole('link', { name: siobhan.name }).click();
    await heading(page, siobhan.name);
    await page.getByText('Associate Professor · Psychiatry').waitFor();
    await page.getByText('Addictions', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    const editForm = page.getByRole('dialog', { name: `Edit ${siobhan.name}` });
    await field(editForm, 'Department').fill(editedDepartment);
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    await editForm.waitFor({ state: 'hidden' });
    await page.getByText(`Associate Professor · ${editedDepartment}`).waitFor();
    await screenshot(page, '08-person-detail-edited');
    await page.getByRole('link', { name: 'Faculty directory' }).click();
    // The back link returns to the same search.
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('siobhan');
    await page.getByRole('cell', { name: editedDepartment }).waitFor();

    // Mistakes are explained next to the field: first a malformed email (checked here), then one
    // already in use (only the core knows, so its message comes back and lands on the same field).
    await page.getByRole('button', { name: 'Add person' }).first().click();
    await field(form, 'Name').fill('Dana Reyes');
    await field(form, 'Email').fill('dana.reyes at example.edu');
    await field(form, 'Department').fill('Medicine');
    await choose(page, 'Rank', 'Professor', form);
    await form.getByRole('button', { name: 'Add person' }).click();
    await fieldError(page, 'Enter an email address like name@university.edu.');
    expect(await field(form, 'Email').getAttribute('aria-invalid')).toBe('true');
    await field(form, 'Email').fill(marcus.email.toUpperCase());
    await form.getByRole('button', { name: 'Add person' }).click();
    await fieldError(page, `${marcus.email} already belongs to ${marcus.name}.`);
    await screenshot(page, '09-add-person-duplicate-email');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'hidden' });

    // Nothing half-saved: still two people.
    expect((await host!.core.call('faculty.list', { status: 'all' })).total).toBe(2);

    await page.getByRole('button', { name: 'Lock' }).click();
    await heading(page, 'Unlock Trellis');
    // Locking leaves no record on screen.
    expect(await page.getByText(siobhan.name).count()).toBe(0);
    await screenshot(page, '10-locked');
    expect(app!.problems).toEqual([]);
  });

  test('a wrong passphrase is refused plainly; the right one opens the records as they were left', async () => {
    const page = await openFresh();
    await heading(page, 'Unlock Trellis');

    await field(page, 'Passphrase').fill('maple lantern orbit quietly 24');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await fieldError(page, 'That passphrase is not correct. Check Caps Lock and try again.');
    await screenshot(page, '11-unlock-wrong-passphrase');

    await field(page, 'Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await heading(page, 'Dashboard');
    await expect.poll(async () => page.getByTestId('active-count').textContent()).toBe('2 active people');

    await goTo(page, 'Faculty');
    await page.getByRole('link', { name: siobhan.name }).waitFor();
    expect(await namesInTable(page)).toEqual([marcus.name, siobhan.name]);
    await page.getByRole('cell', { name: editedDepartment }).waitFor();
    await screenshot(page, '12-unlocked-data-intact');
    expect(app!.problems).toEqual([]);
  });

  test('the recovery key replaces a forgotten passphrase', async () => {
    const page = app!.page;
    const newPassphrase = 'harbor violet seventeen kites';
    // Unlocking returns to the page that was open: start from the dashboard.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await heading(page, 'Dashboard');
    await page.getByRole('button', { name: 'Lock' }).click();
    await heading(page, 'Unlock Trellis');

    await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
    await heading(page, 'Use your recovery key');
    // Typed the way people copy it from paper: lower case, spaces for dashes.
    await field(page, 'Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await field(page, 'New passphrase').fill(newPassphrase);
    await field(page, 'Type it again').fill(newPassphrase);
    await screenshot(page, '13-recover-with-key');
    await page.getByRole('button', { name: 'Unlock and set passphrase' }).click();
    await heading(page, 'Dashboard');

    await page.getByRole('button', { name: 'Lock' }).click();
    await field(page, 'Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await fieldError(page, 'That passphrase is not correct. Check Caps Lock and try again.');
    await field(page, 'Passphrase').fill(newPassphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await heading(page, 'Dashboard');
    expect(app!.problems).toEqual([]);
  });
});
