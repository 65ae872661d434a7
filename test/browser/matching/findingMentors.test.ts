import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Faculty } from '../../../electron/core/faculty/contract';
import type { TestHost } from '../../host/server';
import { addPerson, addProgram } from '../../support/mentoringCore';
import { screenshot } from '../support/chromium';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { pickPerson } from '../support/mentoringUi';
import { choose, field, goTo } from '../support/ui';

/**
 * Finding mentors as the office does it (issue 15): suggestions on a
 * person's page, with their reasons and the people left out and why;
 * proposing one records a proposed mentorship. Then a whole cohort:
 * proposed, one pair locked and another excluded, re-run around the lock,
 * published as one batch, undone, and a second batch refused plainly once
 * one of its pairs has changed.
 */

let opened: AppOnNewDatabase;
let host: TestHost;
let page: Page;
let people: Record<string, Faculty>;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase: 'maple lantern orbit quietly 42',
    seed: async (core) => {
      await addProgram(core, { menteeWarningThreshold: 2 });
      people = {
        mentee: await addPerson(core, 'Chinwe Okafor', 'Assistant Professor', 'Psychiatry', {
          interests: ['Trauma', 'Quality-Improvement'],
        }),
        fit: await addPerson(core, 'Bo Li', 'Associate Professor', 'Psychiatry', { interests: ['trauma', 'QI'] }),
        outside: await addPerson(core, 'Søren Lindqvist', 'Professor', 'Pediatrics', { interests: ['trauma'] }),
        junior: await addPerson(core, 'Nguyễn Thảo', 'Assistant Professor', 'Psychiatry', { interests: ['trauma'] }),
        chair: await addPerson(core, 'Ana García', 'Professor', 'Psychiatry', { interests: ['trauma', 'QI'] }),
        busy: await addPerson(core, 'Ravi Patel', 'Professor', 'Psychiatry', { interests: ['QI'] }),
        conflict: await addPerson(core, 'Mei Chen', 'Associate Professor', 'Psychiatry', { interests: ['trauma'] }),
        second: await addPerson(core, 'Lena Vogel', 'Assistant Professor', 'Psychiatry', { interests: ['QI'] }),
      };
      await core.call('matching.reportsTo.set', { facultyId: people.mentee!.id, chairId: people.chair!.id });
      await core.call('matching.availability.set', { facultyId: people.busy!.id, availableToMentor: false });
      await core.call('matching.neverPairs.add', {
        personId: people.mentee!.id,
        otherId: people.conflict!.id,
        reason: 'Confidential grievance XYZZY-42',
      });
    },
  });
  ({ host, page } = opened);
});

afterAll(() => opened?.close());

/** A screenshot without the notifications stacked over it. */
async function settle(name: string) {
  const show = (visibility: string) =>
    page.locator('.mantine-Notifications-root').evaluateAll((roots, value) => {
      for (const root of roots) (root as unknown as { style: { visibility: string } }).style.visibility = value;
    }, visibility);
  await show('hidden');
  await screenshot(page, name);
  await show('');
}

async function openPerson(name: string) {
  await goTo(page, 'Faculty');
  await page.getByRole('table', { name: 'Faculty directory' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('suggestions for one mentee', () => {
  test('the best mentors with their reasons, and who was left out and why', async () => {
    await openPerson('Chinwe Okafor');
    const section = page.getByRole('region', { name: 'Suggested mentors' });
    const list = section.getByRole('list', { name: 'Suggested mentors' });
    await list.waitFor();
    const names = await list
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
    expect(names).toEqual(['Bo Li', 'Søren Lindqvist']);

    const best = list.getByRole('listitem', { name: 'Bo Li' });
    const chips = await best.getByLabel('Reasons').locator('.mantine-Badge-label').allTextContents();
    expect(chips).toEqual([
      'shared: Trauma, Quality-Improvement',
      'inside department',
      'one rank above',
      'mid-career mentor',
      '0 of 2 mentees',
    ]);
    // The engine's 0.999 reads as a whole percentage.
    await best.getByText('100%', { exact: true }).waitFor();
    expect(await best.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('100%');
    await section.scrollIntoViewIfNeeded();
    await settle('matching-01-suggestions');

    await section.getByRole('button', { name: /5 people left out/ }).click();
    const leftOut = section.getByRole('table', { name: 'People left out' });
    await leftOut.waitFor();
    const row = (name: string) => leftOut.getByRole('row').filter({ has: page.getByRole('link', { name }) });
    await row('Mei Chen').getByText('On the office’s never-pair list for this mentee.').waitFor();
    for (const name of ['Ana García', 'Ravi Patel', 'Nguyễn Thảo', 'Lena Vogel']) await row(name).waitFor();
    // The never-pair list's confidential reason is never shown with the suggestions (only on the list itself).
    expect(await section.innerHTML()).not.toContain('XYZZY');
    await leftOut.scrollIntoViewIfNeeded();
    await settle('matching-02-left-out');
  });

  test('proposing one records a proposed mentorship', async () => {
    const section = page.getByRole('region', { name: 'Suggested mentors' });
    await section.getByRole('button', { name: 'Propose: Bo Li' }).click();
    const confirm = page.getByRole('dialog', { name: 'Propose Bo Li as Chinwe Okafor’s mentor?' });
    await settle('matching-03-propose-confirm');
    await confirm.getByRole('button', { name: 'Propose' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bo Li with Chinwe Okafor' }).waitFor();
    await page.getByText('Proposed', { exact: true }).first().waitFor();
    await settle('matching-04-proposed-mentorship');

    const saved = await host.core.call('mentorships.list', { personId: people.mentee!.id });
    expect(saved.rows.map((m) => [m.mentor.name, m.status, m.kind])).toEqual([['Bo Li', 'proposed', 'mentor']]);
  });
});

describe('matching a cohort', () => {
  const pairRows = () => page.getByRole('table', { name: 'Proposed pairs' }).locator('tbody tr');
  const pairLabels = () => pairRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));

  test('proposed, one pair locked and another excluded, re-run around the lock', async () => {
    await goTo(page, 'Mentorships');
    await page.getByRole('tab', { name: 'Match a cohort' }).click();
    await page.getByText('Nothing published yet').waitFor();
    const setup = page.getByRole('form', { name: 'Cohort to match' });
    await setup
      .getByRole('radio', { name: 'Everyone in the program’s audience without a mentor or a proposed one' })
      .waitFor();
    await setup.getByRole('button', { name: 'Propose pairs' }).click();
    await page.getByRole('table', { name: 'Proposed pairs' }).waitFor();
    // Chinwe has a proposed mentor now, so the audience left is Lena and Nguyễn.
    expect(await page.getByTestId('proposal-summary').textContent()).toMatch(/^2 of 2 mentees matched/);
    await settle('matching-05-cohort-proposed');

    const first = await pairLabels();
    const nguyen = first.find((l) => l!.startsWith('Nguyễn Thảo with'))!;
    const lena = first.find((l) => l!.startsWith('Lena Vogel with'))!;
    await page.getByRole('button', { name: `Lock ${nguyen}` }).click();
    await page.getByRole('button', { name: `Exclude ${lena}` }).click();
    await page.getByText('Re-run to see the changes').waitFor();
    expect(await page.getByRole('button', { name: /^Publish/ }).isDisabled()).toBe(true);
    await settle('matching-06-locked-and-excluded');

    await page.getByRole('button', { name: 'Re-run around locks' }).click();
    await expect.poll(() => page.getByText('Re-run to see the changes').count()).toBe(0);
    // The new answer replaces the old one when it comes.
    await expect.poll(pairLabels).not.toContain(lena);
    expect(await pairLabels()).toContain(nguyen);
    const lockedRow = pairRows().filter({ has: page.getByText('locked', { exact: true }) });
    expect(await lockedRow.getAttribute('aria-label')).toBe(nguyen);
    await settle('matching-07-rerun');
  });

  test('published as one batch, and undone', async () => {
    const publish = page.getByRole('button', { name: /^Publish \d pairs?$/ });
    const count = Number((await publish.textContent())!.match(/\d+/)![0]);
    await publish.click();
    await page
      .getByRole('dialog', { name: /^Publish/ })
      .getByRole('button', { name: 'Publish' })
      .click();
    const batches = page.getByRole('table', { name: 'Published cohorts' });
    await batches.waitFor();
    await batches.getByText('Proposed, unchanged').waitFor();
    expect((await host.core.call('mentorships.list', { status: 'proposed' })).total).toBe(count + 1);
    await settle('matching-08-published');

    await batches.getByRole('button', { name: 'Undo' }).click();
    await page
      .getByRole('dialog', { name: /^Undo this cohort/ })
      .getByRole('button', { name: 'Undo cohort' })
      .click();
    await batches.getByText(/^Undone/).waitFor();
    expect((await host.core.call('mentorships.list', { status: 'proposed' })).total).toBe(1);
    await settle('matching-09-undone');
  });

  test('a batch is refused plainly once one of its pairs has changed', async () => {
    // This time the office names the mentees.
    const setup = page.getByRole('form', { name: 'Cohort to match' });
    await setup.getByRole('radio', { name: 'People I choose', exact: true }).check();
    for (const name of ['Chinwe Okafor', 'Lena Vogel']) await pickPerson(page, setup, 'Add a mentee', name);
    await setup.getByLabel('Add a mentee: chosen').getByText('Lena Vogel').waitFor();
    await settle('matching-10-mentees-picked');
    await setup.getByRole('button', { name: 'Propose pairs' }).click();
    await expect.poll(() => page.getByTestId('proposal-summary').textContent()).toMatch(/^2 of 2 mentees matched/);
    const publish = page.getByRole('button', { name: /^Publish \d pairs?$/ });
    await publish.click();
    await page
      .getByRole('dialog', { name: /^Publish/ })
      .getByRole('button', { name: 'Publish' })
      .click();
    const batches = page.getByRole('table', { name: 'Published cohorts' });
    await batches.getByText('Proposed, unchanged').waitFor();

    // Someone else activates one of the new pairs (the screen has not heard yet), then Undo is asked for.
    const [batch] = await host.core.call('matching.batches.list', {});
    const published = (await host.core.call('mentorships.list', { status: 'proposed' })).rows.filter(
      (m) => m.mentor.name !== 'Bo Li' || m.mentee.name !== 'Chinwe Okafor',
    );
    await host.core.call('mentorships.activate', { id: published[0]!.id });
    await batches.getByRole('button', { name: 'Undo' }).click();
    await page
      .getByRole('dialog', { name: /^Undo this cohort/ })
      .getByRole('button', { name: 'Undo cohort' })
      .click();
    await page.getByText(/One pair of this match has been activated, edited or ended since/).waitFor();
    await screenshot(page, 'matching-11-undo-refused');
    // The list is asked for again, so it now says why and offers no Undo.
    await batches.getByText('1 pair has changed since, so it can no longer be undone as one.').waitFor();
    expect(await batches.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    const after = await host.core.call('matching.batches.list', {});
    expect(after.find((b) => b.id === batch!.id)).toMatchObject({ undoneAt: null, changedSince: 1, undoable: false });
  });
});

describe('suggestions in New mentorship', () => {
  test('once the mentee and program are chosen, proposing one saves the pair as proposed', async () => {
    await openPerson('Nguyễn Thảo');
    await page.getByRole('button', { name: 'Add a mentor for Nguyễn Thảo' }).click();
    const drawer = page.getByRole('dialog', { name: 'New mentorship' });
    await drawer.getByText('Choose the mentee and the program to see who fits best.').waitFor();
    await choose(page, 'Program', 'Early Career Faculty Mentoring Program', drawer);
    const list = drawer.getByRole('list', { name: 'Suggested mentors' });
    await list.getByRole('listitem').first().waitFor();
    const best = await list.getByRole('listitem').first().getAttribute('aria-label');
    await list.scrollIntoViewIfNeeded();
    await settle('matching-12-new-mentorship-suggestions');

    await list.getByRole('button', { name: `Propose: ${best}` }).click();
    await page.getByRole('heading', { level: 1, name: `${best} with Nguyễn Thảo` }).waitFor();
    const saved = await host.core.call('mentorships.list', { personId: people.junior!.id });
    expect(saved.rows.map((m) => [m.mentor.name, m.status])).toEqual([[best, 'proposed']]);
  });
});

describe('a person’s matching profile', () => {
  test('availability and the never-pair list are kept from the person page', async () => {
    await openPerson('Søren Lindqvist');
    const profile = page.getByRole('region', { name: 'Matching profile' });
    await profile.getByText('Available · up to each program’s limit').waitFor();
    await profile.getByRole('button', { name: 'Change availability' }).click();
    const availability = page.getByRole('form', { name: 'Availability to mentor' });
    await availability.getByRole('switch', { name: 'Available to mentor' }).uncheck();
    await field(availability, 'Most mentees at once').fill('1');
    await availability.getByRole('button', { name: 'Save availability' }).click();
    await profile.getByText('Not available · up to 1').waitFor();

    await profile.getByRole('button', { name: 'Add', exact: true }).click();
    const never = page.getByRole('form', { name: 'Never pair' });
    await pickPerson(page, never, 'Never pair with', 'Lena Vogel');
    await field(never, 'Reason').fill('Asked by the chair, see file 7');
    await never.getByRole('button', { name: 'Add to the never-pair list' }).click();
    await profile.getByText('Asked by the chair, see file 7').waitFor();
    await profile.scrollIntoViewIfNeeded();
    await settle('matching-13-matching-profile');

    expect(await host.core.call('matching.profile.get', { facultyId: people.outside!.id })).toMatchObject({
      availableToMentor: false,
      capacity: 1,
    });
    const pairs = await host.core.call('matching.neverPairs.list', { facultyId: people.outside!.id });
    expect(pairs.map((p) => p.people.map((q) => q.name).sort())).toEqual([['Lena Vogel', 'Søren Lindqvist']]);
  });

  test('what a mentee asked for and whom they report to are kept from the person page', async () => {
    await openPerson('Lena Vogel');
    const profile = page.getByRole('region', { name: 'Matching profile' });
    await profile.getByRole('button', { name: 'Change what they asked for' }).click();
    const request = page.getByRole('form', { name: 'Mentee’s request' });
    await pickPerson(page, request, 'People they asked for', 'Bo Li');
    await field(request, 'Preferred department').fill('Pediatrics');
    await field(request, 'Topics').fill('trauma');
    await field(request, 'Topics').press('Enter');
    await field(request, 'Note').fill('Prefers morning meetings');
    await request.getByRole('button', { name: 'Save request' }).click();
    await profile.getByText('Bo Li · in Pediatrics · topics: trauma').waitFor();

    await profile.getByRole('button', { name: 'Change reporting lines' }).click();
    const reports = page.getByRole('form', { name: 'Reports to' });
    await pickPerson(page, reports, 'Department chair', 'Ana García');
    await reports.getByRole('button', { name: 'Save reporting lines' }).click();
    await profile.getByText('(chair)').waitFor();
    await profile.scrollIntoViewIfNeeded();
    await settle('matching-14-request-and-reports-to');

    const saved = await host.core.call('matching.profile.get', { facultyId: people.second!.id });
    expect(saved.chair?.name).toBe('Ana García');
    expect(saved.request).toMatchObject({
      mentors: [{ name: 'Bo Li' }],
      department: 'Pediatrics',
      topics: ['trauma'],
      note: 'Prefers morning meetings',
      source: 'office',
    });
  });
});
