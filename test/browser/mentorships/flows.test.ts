import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHost, type TestHost } from '../../host/server';
import { isoDaysFromToday, pickPerson } from '../support/mentoringUi';
import {
  freshDataFolder,
  launchChromium,
  openApp,
  screenshot,
  type AppPage,
  type DataFolder,
} from '../support/chromium';
import { choose, field, goTo } from '../support/ui';

/**
 * The mentoring records as the office uses them: a program with its first
 * pair and meeting showing on the dashboard; a full peer group refusing a
 * ninth member; a change request that moves a mentee to a new mentor; and
 * the annual review moving forward once it is recorded.
 */

const passphrase = 'maple lantern orbit quietly 42';

const people = [
  { name: 'Amara Okafor', email: 'amara.okafor@example.edu', department: 'Cardiology', rank: 'Professor' as const },
  {
    name: 'Bruno Silva',
    email: 'bruno.silva@example.edu',
    department: 'Psychiatry',
    rank: 'Assistant Professor' as const,
  },
  { name: 'Chen Wei', email: 'chen.wei@example.edu', department: 'Psychiatry', rank: 'Professor' as const },
  { name: 'Dana Reyes', email: 'dana.reyes@example.edu', department: 'Medicine', rank: 'Associate Professor' as const },
  { name: 'Emil Novak', email: 'emil.novak@example.edu', department: 'Pediatrics', rank: 'Instructor' as const },
  { name: 'Farah Haddad', email: 'farah.haddad@example.edu', department: 'Medicine', rank: 'Professor' as const },
];
const groupMembers = Array.from({ length: 9 }, (_, i) => ({
  name: `Peer Member ${String.fromCharCode(65 + i)}`,
  email: `peer.member.${i + 1}@example.edu`,
  department: i % 2 === 0 ? 'Neurology' : 'Surgery',
  rank: 'Assistant Professor' as const,
}));

let browser: Browser;
let data: DataFolder;
let host: TestHost;
let app: AppPage;
let page: Page;
const ids = new Map<string, number>();

beforeAll(async () => {
  browser = await launchChromium();
  data = await freshDataFolder();
  host = await startTestHost({ databasePath: data.databasePath });
  await host.core.call('vault.create', { passphrase });
  for (const person of [...people, ...groupMembers]) {
    ids.set(person.name, (await host.core.call('faculty.create', person)).id);
  }
  app = await openApp(browser, host.url);
  page = app.page;
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  await host?.close();
  await data?.remove();
});

const id = (name: string) => ids.get(name)!;

async function heading(name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('mentoring records', () => {
  test('a new program, a pair and a meeting show on the dashboard', async () => {
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByText('Nothing needs attention').waitFor();
    await screenshot(page, '40-dashboard-nothing-needs-attention');

    // The program, from the Programs tab of the Mentorships area.
    await goTo(page, 'Mentorships');
    await page.getByText('No programs yet').waitFor();
    await page.getByRole('tab', { name: 'Programs' }).click();
    await page.getByRole('button', { name: 'New program' }).first().click();
    const programForm = page.getByRole('dialog', { name: 'New program' });
    await field(programForm, 'Name').fill('Junior Faculty Mentoring');
    await field(programForm, 'Run by').fill('Office of Academic Affairs');
    await screenshot(page, '41-new-program-form');
    await programForm.getByRole('button', { name: 'Create program' }).click();
    await heading('Junior Faculty Mentoring');

    // A pair across departments that started seven months ago and has not met since.
    await page.getByRole('button', { name: 'New mentorship' }).click();
    const pairForm = page.getByRole('dialog', { name: 'New mentorship' });
    await pickPerson(page, pairForm, 'Mentor', 'Amara Okafor');
    // The core's rule comes back in plain words, on the field it is about.
    await pickPerson(page, pairForm, 'Mentee', 'Amara Okafor');
    await pairForm.getByRole('button', { name: 'Add mentorship' }).click();
    await pairForm.getByText('A person cannot mentor themselves. Choose a different mentor or mentee.').waitFor();
    await screenshot(page, '42-new-mentorship-self-refused');
    expect((await host.core.call('mentorships.list', {})).total).toBe(0);
    await pickPerson(page, pairForm, 'Mentee', 'Bruno Silva');
    await pairForm.getByLabel('Start date').fill(isoDaysFromToday(-200));
    await screenshot(page, '42-new-mentorship-form-filled');
    await pairForm.getByRole('button', { name: 'Add mentorship' }).click();
    await heading('Amara Okafor with Bruno Silva');
    await page.getByText('None logged yet').waitFor();

    await goTo(page, 'Dashboard');
    await page.getByTestId('count-meeting_overdue').waitFor();
    expect(await page.getByTestId('count-meeting_overdue').textContent()).toBe('1');
    expect(await page.getByTestId('count-no_inside_department_mentor').textContent()).toBe('1');
    await expect
      .poll(() => page.getByTestId('cadence-summary').textContent())
      .toBe('0 of 1 active pairs have met within their cadence.');
    await screenshot(page, '43-dashboard-meeting-overdue');

    // The item links to the pair; logging a meeting takes the date (today) and a length as given.
    await page
      .getByRole('region', { name: 'Pairs that have not met within their cadence' })
      .getByRole('link', { name: /Amara Okafor/ })
      .first()
      .click();
    await heading('Amara Okafor with Bruno Silva');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    const meetingForm = page.getByRole('dialog', { name: 'Log a meeting' });
    expect(await meetingForm.getByLabel('Date').inputValue()).toBe(isoDaysFromToday(0));
    await field(meetingForm, 'Topics').fill('Grant timeline');
    await field(meetingForm, 'Topics').press('Enter');
    await meetingForm.getByLabel('Notes').fill('Discussed the K award resubmission.');
    await screenshot(page, '44-log-meeting');
    await meetingForm.getByRole('button', { name: 'Log meeting' }).click();
    await meetingForm.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'Grant timeline' }).waitFor();
    await screenshot(page, '45-mentorship-with-meeting');

    await goTo(page, 'Dashboard');
    await expect
      .poll(() => page.getByTestId('cadence-summary').textContent())
      .toBe('1 of 1 active pairs have met within their cadence.');
    expect(await page.getByTestId('count-meeting_overdue').count()).toBe(0);
    await screenshot(page, '46-dashboard-after-meeting');
    expect(app.problems).toEqual([]);
  });

  test('a full peer group refuses a ninth member and nothing changes', async () => {
    const [program] = await host.core.call('programs.list', {});
    const group = await host.core.call('peerGroups.create', {
      programId: program!.id,
      name: 'Promotion Circle',
      focus: 'Preparing for promotion',
      facilitatorId: id('Farah Haddad'),
      startedOn: isoDaysFromToday(-30),
    });
    for (const member of groupMembers.slice(0, 8)) {
      await host.core.call('peerGroups.addMember', {
        groupId: group.id,
        facultyId: id(member.name),
        agreedAttendance: true,
        agreedConfidentiality: true,
      });
    }

    await goTo(page, 'Peer Groups');
    await page.getByRole('link', { name: 'Promotion Circle' }).click();
    await heading('Promotion Circle');
    await page.getByRole('heading', { name: 'Members (8 of 8)' }).waitFor();
    await page.getByRole('button', { name: 'Add member' }).click();
    const addForm = page.getByRole('dialog', { name: 'Add a member to Promotion Circle' });
    await pickPerson(page, addForm, 'Person', 'Peer Member I');
    await addForm.getByRole('button', { name: 'Add member' }).click();
    const alert = addForm.getByRole('alert').filter({ hasText: 'The group is full' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('already has 8 members');
    expect(await alert.textContent()).toContain('Nothing was changed.');
    await screenshot(page, '47-group-full-refused');
    await addForm.getByRole('button', { name: 'Cancel' }).click();
    await addForm.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Members (8 of 8)' }).waitFor();
    expect((await host.core.call('peerGroups.get', { id: group.id })).members).toHaveLength(8);
    expect(await page.locator('tr[data-member-id]').count()).toBe(8);
    expect(app.problems).toEqual([]);
  });

  test('a change request resolved as "changed" starts the new mentorship', async () => {
    const [program] = await host.core.call('programs.list', {});
    const old = await host.core.call('mentorships.create', {
      mentorId: id('Dana Reyes'),
      menteeId: id('Emil Novak'),
      programId: program!.id,
      startDate: isoDaysFromToday(-100),
    });

    await page.goto(`${host.url}#/mentorships/${old.id}`);
    await heading('Dana Reyes with Emil Novak');
    await page.getByRole('button', { name: 'Raise a change request' }).click();
    const raise = page.getByRole('dialog', { name: 'Raise a change request' });
    await choose(page, 'Asked for by', 'The mentee', raise);
    await raise.getByLabel('Reason').fill('Would like a mentor closer to pediatric research.');
    await raise.getByRole('button', { name: 'Raise request' }).click();
    await heading('Change request');
    await page.getByText('Would like a mentor closer to pediatric research.').waitFor();

    await page.getByRole('button', { name: 'Start mediation' }).click();
    await page.getByText('In mediation', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Resolve' }).click();
    const resolve = page.getByRole('dialog', { name: 'Resolve the change request' });
    await resolve.getByRole('radio', { name: /Change the mentor/ }).check();
    await pickPerson(page, resolve, 'New mentor', 'Chen Wei');
    await resolve.getByLabel('Handled by').fill('Vice Chair for Faculty Development');
    await screenshot(page, '48-resolve-change-request');
    await resolve.getByRole('button', { name: 'Resolve request' }).click();
    await resolve.waitFor({ state: 'hidden' });
    // The page's own words, not the toast that says the same for a few seconds.
    await page.getByText('The old mentorship has ended and Chen Wei now mentors Emil Novak').waitFor();
    await screenshot(page, '49-change-request-resolved');

    await page.getByRole('link', { name: 'Open the new mentorship' }).click();
    await heading('Chen Wei with Emil Novak');
    expect(await page.getByText('Active', { exact: true }).count()).toBeGreaterThan(0);
    expect((await host.core.call('mentorships.get', { id: old.id })).status).toBe('ended');
    expect(app.problems).toEqual([]);
  });

  test('recording the annual review moves the next review a year on', async () => {
    const [program] = await host.core.call('programs.list', {});
    const pair = await host.core.call('mentorships.create', {
      mentorId: id('Chen Wei'),
      menteeId: id('Bruno Silva'),
      programId: program!.id,
      startDate: isoDaysFromToday(-360),
    });
    const dueBefore = pair.nextReviewOn!;

    await page.goto(`${host.url}#/mentorships/${pair.id}`);
    await heading('Chen Wei with Bruno Silva');
    const nextReview = page.getByTestId('next-review');
    const before = await nextReview.textContent();
    await screenshot(page, '60-review-due');
    await page.getByRole('button', { name: 'Record annual review' }).click();
    const review = page.getByRole('dialog', { name: 'Record the annual review' });
    await review.getByRole('radio', { name: /^Continue/ }).check();
    await review.getByRole('button', { name: 'Record review' }).click();
    await review.waitFor({ state: 'hidden' });
    await expect.poll(() => nextReview.textContent()).not.toBe(before);
    await page.getByText('Continue as it is').waitFor();
    await screenshot(page, '61-review-recorded');

    const after = (await host.core.call('mentorships.get', { id: pair.id })).nextReviewOn!;
    expect(after > dueBefore).toBe(true);
    expect(after >= isoDaysFromToday(360)).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
