import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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
 * First run with "Explore with demo data": a separate demo database is made
 * and opened (the office's own stays empty, not even created), marked "Demo"
 * in the title bar and a banner; the dashboard, the lists
 * and a person's page show the invented records; and the banner leads back to
 * the office's database.
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
    await page.getByText(/None of it is about real people/).waitFor();
    await screenshot(page, '62-first-run-demo-choice');
    await page.getByRole('button', { name: 'Explore with demo data' }).click();

    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 60_000 });
    // The demo is its own database; the office's was never created, let alone filled.
    expect((await host.core.call('vault.details', {})).databasePath).toBe(
      join(dirname(data.databasePath), 'Demo databases', 'Demo 1.db'),
    );
    expect(existsSync(data.databasePath)).toBe(false);
    expect(existsSync(`${data.databasePath}.keys`)).toBe(false);
    expect((await host.core.call('demo.status', {})).demo).toBe(true);
    await page.getByRole('banner').getByText('Demo', { exact: true }).waitFor();
    await page.getByRole('status', { name: 'Demo database' }).waitFor();
    expect(await page.getByTestId('open-database').textContent()).toBe('· Demo 1');
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

    // Back to the office's database, which is still to be set up.
    await page.getByRole('button', { name: 'Go to the office’s records' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up Trellis' }).waitFor();
    expect((await host.core.call('vault.status', {})).state).toBe('new');
    expect(await readdir(join(dirname(data.databasePath), 'Demo databases'))).toContain('Demo 1.db');
    expect(app.problems).toEqual([]);
  });
});
