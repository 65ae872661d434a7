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
import { field, goTo } from '../support/ui';

/**
 * First run with "Explore with demo data": after the recovery key, the new
 * database is filled with invented records, and the dashboard, the lists and
 * a person's page show them.
 */

const passphrase = 'maple lantern orbit quietly 42';

let browser: Browser;
let data: DataFolder;
let host: TestHost;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  data = await freshDataFolder();
  host = await startTestHost({ databasePath: data.databasePath });
  app = await openApp(browser, host.url);
  page = app.page;
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  await host?.close();
  await data?.remove();
});

describe('exploring with demo data', () => {
  test('the first run offers invented records, and every mentoring screen shows them', async () => {
    await page.getByRole('heading', { level: 1, name: 'Set up Trellis' }).waitFor();
    await field(page, 'Passphrase').fill(passphrase);
    await field(page, 'Type it again').fill(passphrase);
    await page.getByRole('button', { name: 'Create the database' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery key' }).waitFor();
    const explore = page.getByRole('button', { name: 'Explore with demo data' });
    expect(await explore.isDisabled()).toBe(true);
    await page.getByText('None of it is about real people.').waitFor();
    await page.getByLabel('I have saved this recovery key somewhere safe').check();
    await screenshot(page, '62-first-run-demo-choice');
    await explore.click();

    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 60_000 });
    await page
      .getByRole('region', { name: 'Needs attention' })
      .getByText(/items?$/)
      .first()
      .waitFor();
    await page.getByTestId('cadence-summary').waitFor();
    await screenshot(page, '63-dashboard-demo');
    await page.getByRole('region', { name: 'Pairs meeting their cadence' }).scrollIntoViewIfNeeded();
    await screenshot(page, '64-dashboard-demo-charts');

    await goTo(page, 'Mentorships');
    await page.getByTestId('mentorships-summary').waitFor();
    await screenshot(page, '65-mentorships-demo');
    await page.getByRole('tab', { name: 'Programs' }).click();
    await page.getByRole('table', { name: 'Programs' }).waitFor();
    await screenshot(page, '66-programs-demo');

    await goTo(page, 'Peer Groups');
    await page.getByRole('table', { name: 'Peer groups' }).waitFor();
    await screenshot(page, '67-peer-groups-demo');
    await page.getByRole('table', { name: 'Peer groups' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Members/ }).waitFor();
    await screenshot(page, '68-peer-group-demo');

    // A mentee's page: their mentors, meetings and timeline.
    await goTo(page, 'Mentorships');
    await page.getByRole('table', { name: 'Mentorships' }).locator('tbody tr td:first-child a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Mentoring' }).waitFor();
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Mentoring' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, '69-person-mentoring-demo');
    expect(app.problems).toEqual([]);
  });
});
