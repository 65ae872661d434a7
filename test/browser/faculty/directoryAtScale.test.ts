import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHost, type TestHost } from '../../host/server';
import { lastPersonByName, syntheticFaculty } from '../../host/syntheticFaculty';
import {
  freshDataFolder,
  launchChromium,
  openApp,
  screenshot,
  type AppPage,
  type DataFolder,
} from '../support/chromium';
import { choose, directorySummary, goTo, namesInTable } from '../support/ui';

/**
 * A school of medicine's whole faculty (3,000 people) in the directory: the
 * table keeps only the rows near the screen in the page, loads the rest in
 * pages as it scrolls, and sorts and filters across everyone, not just what
 * has been loaded.
 */

const peopleCount = 3000;
const people = syntheticFaculty(peopleCount);

let browser: Browser;
let data: DataFolder;
let host: TestHost;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  data = await freshDataFolder();
  host = await startTestHost({ databasePath: data.databasePath });
  // Seeded through the real core, as staff (or a roster import) would add them.
  await host.core.call('vault.create', { passphrase: 'maple lantern orbit quietly 42' });
  for (const person of people) await host.core.call('faculty.create', person);
  app = await openApp(browser, host.url);
  page = app.page;
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  await host?.close();
  await data?.remove();
});

const table = () => page.getByRole('table', { name: 'Faculty directory' });
const scroller = () => page.getByRole('region', { name: 'Faculty directory list' });
const renderedRows = () => table().locator('tbody tr[aria-rowindex]').count();
const headerOf = (column: string) => table().getByRole('columnheader', { name: column });

describe('the faculty directory with 3,000 people', () => {
  test('renders only the rows near the screen, and scrolling to the end shows the last person', async () => {
    await goTo(page, 'Faculty');
    await page.getByRole('link', { name: people[0]!.name }).first().waitFor();
    expect(await directorySummary(page)).toBe('3,000 active people');
    expect(await table().getAttribute('aria-rowcount')).toBe(String(peopleCount + 1));
    expect(await renderedRows()).toBeLessThan(100);
    await screenshot(page, '20-directory-3000-top');

    await scroller().evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.getByRole('link', { name: lastPersonByName }).waitFor();
    // The last row in the page is the last of all 3,000, and still only a screenful exists.
    const lastRow = table().locator('tbody tr[aria-rowindex]').last();
    expect(await lastRow.getAttribute('aria-rowindex')).toBe(String(peopleCount + 1));
    expect((await namesInTable(page)).at(-1)).toBe(lastPersonByName);
    expect(await renderedRows()).toBeLessThan(100);
    await screenshot(page, '21-directory-3000-bottom');

    // Opening someone and coming back returns to the same place in the list, not to the top.
    await page.getByRole('link', { name: lastPersonByName }).click();
    await page.getByRole('heading', { level: 1, name: lastPersonByName }).waitFor();
    await page.getByRole('link', { name: 'Faculty directory' }).click();
    await page.getByRole('link', { name: lastPersonByName }).waitFor();
    expect(await scroller().evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });

  test('sorts across everyone by mouse and by keyboard, and says how it is sorted', async () => {
    await headerOf('Name').getByRole('button').click();
    await expect.poll(() => headerOf('Name').getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await namesInTable(page))[0]).toBe(lastPersonByName);

    const departments = [...new Set(people.map((p) => p.department))].sort();
    const departmentSort = headerOf('Department').getByRole('button');
    await departmentSort.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => headerOf('Department').getAttribute('aria-sort')).toBe('ascending');
    expect(await headerOf('Name').getAttribute('aria-sort')).toBe('none');
    await expect
      .poll(() => table().locator('tbody tr[data-person-id] td:nth-child(3)').first().textContent())
      .toBe(departments[0]);
    await page.keyboard.press('Space');
    await expect.poll(() => headerOf('Department').getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(() => table().locator('tbody tr[data-person-id] td:nth-child(3)').first().textContent())
      .toBe(departments.at(-1));
    await screenshot(page, '22-directory-sorted-by-department');
    expect(app.problems).toEqual([]);
  });

  test('filters by department and searches across all pages', async () => {
    const cardiology = people.filter((p) => p.department === 'Cardiology').length;
    await choose(page, 'Department', 'Cardiology');
    await expect.poll(() => directorySummary(page)).toBe(`${cardiology} people found`);
    const shownDepartments = await table().locator('tbody tr[data-person-id] td:nth-child(3)').allTextContents();
    expect(new Set(shownDepartments)).toEqual(new Set(['Cardiology']));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => directorySummary(page)).toBe('3,000 active people');

    // The last person was never loaded at the top of the list; the search finds them anyway.
    await page.getByRole('searchbox', { name: 'Search' }).fill('zyskowska');
    await expect.poll(() => directorySummary(page)).toBe('1 person found');
    expect(await namesInTable(page)).toEqual([lastPersonByName]);
    await screenshot(page, '23-directory-search-3000');
    expect(app.problems).toEqual([]);
  });
});
