import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RaisedBy } from '../../../electron/core/changeRequests/contract';
import type { TestHost } from '../../host/server';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot, type AppPage } from '../support/chromium';
import { choose, goTo } from '../support/ui';

/**
 * The list of every change request: reached from the dashboard and from the
 * Mentorships area, filtered by status and by who asked, and long enough
 * (years of requests) that only the rows on screen exist.
 */

const passphrase = 'maple lantern orbit quietly 42';
const mentorCount = 12;
const menteeCount = 12;
/** Resolved requests among the 144: every twelfth. */
const resolvedEvery = 12;
const raisedByCycle: RaisedBy[] = ['mentee', 'mentor', 'office', 'survey'];

let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase,
  });
  ({ host, app, page } = opened);
});

afterAll(() => opened?.close());

/** 144 pairs, each with one request, raised a day apart; the oldest is "Mentor 01 with Mentee 01". */
async function addRequests(): Promise<void> {
  const program = await host.core.call('programs.create', {
    name: 'Faculty Mentoring',
    sponsor: 'Office of Academic Affairs',
  });
  const person = (name: string, rank: 'Professor' | 'Assistant Professor', n: number) =>
    host.core.call('faculty.create', {
      name,
      email: `${name.toLowerCase().replace(' ', '.')}.${n}@example.edu`,
      rank,
      department: 'Medicine',
    });
  const mentors = [];
  const mentees = [];
  for (let i = 1; i <= mentorCount; i++)
    mentors.push(await person(`Mentor ${String(i).padStart(2, '0')}`, 'Professor', i));
  for (let i = 1; i <= menteeCount; i++)
    mentees.push(await person(`Mentee ${String(i).padStart(2, '0')}`, 'Assistant Professor', i));
  let n = 0;
  for (const mentor of mentors) {
    for (const mentee of mentees) {
      const pair = await host.core.call('mentorships.create', {
        mentorId: mentor.id,
        menteeId: mentee.id,
        programId: program.id,
        startDate: '2020-01-01',
      });
      const raisedOn = new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10);
      const request = await host.core.call('changeRequests.create', {
        mentorshipId: pair.id,
        raisedBy: raisedByCycle[n % raisedByCycle.length]!,
        raisedOn,
        reason: 'A confidential reason that lists never show.',
      });
      if (n % resolvedEvery === 0) {
        await host.core.call('changeRequests.resolve', { id: request.id, resolution: 'kept', resolvedOn: raisedOn });
      }
      n += 1;
    }
  }
}

const table = () => page.getByRole('table', { name: 'Change requests' });
const summary = async () => (await page.getByTestId('change-requests-summary').textContent()) ?? '';
const renderedRows = () => table().locator('tbody tr[data-change-request-id]');

describe('the list of change requests', () => {
  test('with none yet, the dashboard says so and the list says where requests are raised', async () => {
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const card = page.getByRole('region', { name: 'Change requests' });
    await card.getByText('None waiting').waitFor();
    await card.getByRole('link', { name: 'See all change requests' }).click();
    await page.getByText('No change requests yet').waitFor();
    await page.getByText('Raise a change request').waitFor();
    await screenshot(page, '70-change-requests-none-yet');
    expect(app.problems).toEqual([]);
  });

  test('lists open requests first, filters by status and who asked, and scrolls through all of them', async () => {
    await addRequests();
    // The records were added behind the window's back; a reload shows them (it stays on the list).
    await page.reload();
    await page.getByText('No change requests yet').waitFor({ state: 'detached' });
    await goTo(page, 'Dashboard');
    await page.getByTestId('change-requests-waiting').getByText('132 requests waiting').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentorships' }).click();
    await page.getByRole('tab', { name: 'Change requests' }).click();
    await expect.poll(summary).toBe('132 change requests');
    expect(await table().getAttribute('aria-rowcount')).toBe('133');
    // Only the rows near the visible part exist, newest first.
    const shown = await renderedRows().count();
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(60);
    await expect
      .poll(() => renderedRows().first().locator('td').first().textContent())
      .toBe('Mentor 12 with Mentee 12');
    expect(await table().textContent()).not.toContain('confidential reason');
    await screenshot(page, '71-change-requests-open');

    // Scrolling to the end loads the oldest open request (the very oldest, n = 0, was resolved).
    const scroller = page.getByRole('region', { name: 'Change request list' });
    for (let i = 0; i < 5; i++) await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await table().getByText('Mentor 01 with Mentee 02').waitFor();

    await choose(page, 'Status', 'Resolved');
    await expect.poll(summary).toBe('12 change requests');
    await table().getByText('Kept as it is').first().waitFor();
    await choose(page, 'Asked for by', 'The mentee');
    await expect.poll(summary).toBe('12 change requests');
    await choose(page, 'Asked for by', 'The office');
    await page.getByText('No change requests match').waitFor();
    await screenshot(page, '72-change-requests-none-match');
    await page.getByRole('button', { name: 'Show every request' }).click();
    await expect.poll(summary).toBe('144 change requests');

    await renderedRows()
      .first()
      .getByRole('link', { name: /^Open the request about/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Change request' }).waitFor();
    await page.getByText('A confidential reason that lists never show.').waitFor();
    expect(app.problems).toEqual([]);
  });
});
