import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHost, type TestHost } from '../../host/server';
import { isoDaysFromToday } from '../support/mentoringUi';
import { freshDataFolder, launchChromium, openApp, type AppPage, type DataFolder } from '../support/chromium';
import { field } from '../support/ui';

/**
 * Records change after they are made: a pair's cadence, planned end and
 * notes; the words of a goal; and a peer group member's agreements. Each
 * change shows on the page and is what the core now holds.
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
];

let browser: Browser;
let data: DataFolder;
let host: TestHost;
let app: AppPage;
let page: Page;
let programId: number;
const ids = new Map<string, number>();

beforeAll(async () => {
  browser = await launchChromium();
  data = await freshDataFolder();
  host = await startTestHost({ databasePath: data.databasePath });
  await host.core.call('vault.create', { passphrase });
  for (const person of people) {
    ids.set(person.name, (await host.core.call('faculty.create', person)).id);
  }
  programId = (
    await host.core.call('programs.create', { name: 'Junior Faculty Mentoring', sponsor: 'Office of Academic Affairs' })
  ).id;
  app = await openApp(browser, host.url);
  page = app.page;
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
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

describe('editing mentoring records', () => {
  test('a pair’s cadence, planned end and notes can be changed after it is added', async () => {
    const pair = await host.core.call('mentorships.create', {
      mentorId: id('Amara Okafor'),
      menteeId: id('Bruno Silva'),
      programId,
      startDate: isoDaysFromToday(-30),
    });
    expect(pair.cadenceDays).toBe(90);

    await page.goto(`${host.url}#/mentorships/${pair.id}`);
    await heading('Amara Okafor with Bruno Silva');
    await page.getByText('90 days', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Edit details' }).click();
    const drawer = page.getByRole('dialog', { name: 'Edit mentorship details' });
    // The form starts from what the pair has now.
    expect(await field(drawer, 'Meet at least every (days)').inputValue()).toBe('90');

    // The schema's rule is shown on the field and nothing is saved.
    await field(drawer, 'Meet at least every (days)').fill('3');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await drawer.getByText('Enter at least 7 days.').waitFor();
    expect((await host.core.call('mentorships.get', { id: pair.id })).cadenceDays).toBe(90);

    await field(drawer, 'Meet at least every (days)').fill('30');
    await drawer.getByLabel('Planned end').fill(isoDaysFromToday(300));
    await field(drawer, 'Notes').fill('Meets over coffee; wants help with a first R01.');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByText('30 days', { exact: true }).waitFor();
    await page.getByText('Meets over coffee; wants help with a first R01.').waitFor();
    const saved = await host.core.call('mentorships.get', { id: pair.id });
    expect(saved.cadenceDays).toBe(30);
    expect(saved.plannedEnd).toBe(isoDaysFromToday(300));
    expect(saved.notes).toBe('Meets over coffee; wants help with a first R01.');
    expect(saved.program.id).toBe(programId);
    expect(saved.startDate).toBe(pair.startDate);
    expect(app.problems).toEqual([]);
  });

  test('the core’s refusal shows on the field it is about', async () => {
    const pair = await host.core.call('mentorships.create', {
      mentorId: id('Chen Wei'),
      menteeId: id('Dana Reyes'),
      programId,
      startDate: isoDaysFromToday(-60),
    });
    await host.core.call('mentorships.end', { id: pair.id, endedOn: isoDaysFromToday(-10), reason: 'Moved away.' });

    await page.goto(`${host.url}#/mentorships/${pair.id}`);
    await heading('Chen Wei with Dana Reyes');
    await page.getByRole('button', { name: 'Edit details' }).click();
    const drawer = page.getByRole('dialog', { name: 'Edit mentorship details' });
    await drawer.getByLabel('Start date').fill(isoDaysFromToday(-5));
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await drawer.getByText(/its start cannot be later/).waitFor();
    expect((await host.core.call('mentorships.get', { id: pair.id })).startDate).toBe(pair.startDate);
    await drawer.getByRole('button', { name: 'Cancel' }).click();
    await drawer.waitFor({ state: 'hidden' });
    expect(app.problems).toEqual([]);
  });

  test('a goal can be reworded in place', async () => {
    const pair = await host.core.call('mentorships.create', {
      mentorId: id('Amara Okafor'),
      menteeId: id('Dana Reyes'),
      programId,
      startDate: isoDaysFromToday(-20),
    });
    const withGoal = await host.core.call('mentorships.addGoal', { mentorshipId: pair.id, text: 'Submit an R01' });
    const goal = withGoal.goals[0]!;

    await page.goto(`${host.url}#/mentorships/${pair.id}`);
    await heading(`${pair.mentor.name} with ${pair.mentee.name}`);
    await page.getByRole('button', { name: 'Reword Submit an R01' }).click();
    const form = page.getByRole('form', { name: 'Reword Submit an R01' });
    await field(form, 'Goal').fill('Submit a first R01 by the spring cycle');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Submit a first R01 by the spring cycle').waitFor();
    await form.waitFor({ state: 'detached' });

    const saved = await host.core.call('mentorships.get', { id: pair.id });
    expect(saved.goals.find((g) => g.id === goal.id)?.text).toBe('Submit a first R01 by the spring cycle');
    expect(saved.goals.find((g) => g.id === goal.id)?.status).toBe(goal.status);
    expect(app.problems).toEqual([]);
  });

  test('a member’s agreements can be changed from the group’s page', async () => {
    const group = await host.core.call('peerGroups.create', {
      programId,
      name: 'Promotion Circle',
      focus: 'Preparing for promotion',
      startedOn: isoDaysFromToday(-30),
    });
    await host.core.call('peerGroups.addMember', { groupId: group.id, facultyId: id('Bruno Silva') });

    await page.goto(`${host.url}#/peer-groups/${group.id}`);
    await heading('Promotion Circle');
    const attend = page.getByRole('checkbox', { name: 'Bruno Silva agreed to attend' });
    const confidential = page.getByRole('checkbox', { name: 'Bruno Silva agreed to confidentiality' });
    expect(await attend.isChecked()).toBe(false);
    await attend.click();
    await expect.poll(() => attend.isChecked()).toBe(true);
    await expect
      .poll(async () => (await host.core.call('peerGroups.get', { id: group.id })).members[0]?.agreedAttendance)
      .toBe(true);
    expect((await host.core.call('peerGroups.get', { id: group.id })).members[0]?.agreedConfidentiality).toBe(false);

    await confidential.click();
    await expect
      .poll(async () => (await host.core.call('peerGroups.get', { id: group.id })).members[0]?.agreedConfidentiality)
      .toBe(true);
    expect((await host.core.call('peerGroups.get', { id: group.id })).members[0]?.agreedAttendance).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
