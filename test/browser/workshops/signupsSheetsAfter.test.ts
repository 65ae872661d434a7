import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Faculty } from '../../../electron/core/faculty/contract';
import type { TestHost } from '../../host/server';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot, type AppPage } from '../support/chromium';
import { pickPerson } from '../support/mentoringUi';
import { field, goTo } from '../support/ui';

/**
 * The rest of a workshop's page, on a workshop the core has set up and
 * planned: the sign-up sheet through the import, the printed sheets in the
 * document preview, a peer group started from the workshop (nine people are
 * refused, plainly; eight are fine), and the workshop on a person's page.
 */

const title = 'Spring Speed Mentoring';
const names = [
  'Amara Okafor',
  'Bruno Silva',
  'Chen Wei',
  'Dana Levi',
  'Erik Lund',
  'Farah Haddad',
  'Grace Kim',
  'Hiro Tanaka',
  'Ines Sousa',
];

let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;
let scratch: string;
const people: Faculty[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'trellis-signups-'));
  opened = await openAppOnNewDatabase({
    passphrase: 'maple lantern orbit quietly 42',
    seed: async (core) => {
      const program = await core.call('programs.create', {
        name: 'Faculty Peer Mentoring Program',
        sponsor: 'Office of Academic Affairs',
        targetRanks: ['Assistant Professor'],
      });
      const departments = ['Medicine', 'Surgery', 'Pediatrics'];
      for (const [index, name] of [...names, 'Jonas Weiß'].entries()) {
        people.push(
          await core.call('faculty.create', {
            name,
            email: `person${index}@example.edu`,
            department: departments[index % departments.length]!,
            rank: 'Assistant Professor',
          }),
        );
      }
      const workshop = await core.call('workshops.create', {
        programId: program.id,
        title,
        heldOn: '2026-03-10',
        place: 'Lakeside Hall, Room 210',
        facilitators: [{ name: 'Office of Academic Affairs' }],
      });
      const added = await core.call('workshops.addParticipants', {
        workshopId: workshop.id,
        source: { kind: 'people', facultyIds: people.slice(0, names.length).map((p) => p.id) },
      });
      await core.call('workshops.setAttendance', {
        participantIds: added.workshop.participants.map((p) => p.id),
        attendance: 'present',
      });
      await core.call('workshops.plan', { workshopId: workshop.id, seed: 3 });
    },
  });
  ({ host, app, page } = opened);
  await goTo(page, 'Workshops');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
});

afterAll(async () => {
  await opened?.close();
  await rm(scratch, { recursive: true, force: true });
});

async function settle(name: string) {
  const show = (visibility: string) =>
    page.locator('.mantine-Notifications-root').evaluateAll((roots, value) => {
      for (const root of roots) (root as unknown as { style: { visibility: string } }).style.visibility = value;
    }, visibility);
  await show('hidden');
  await screenshot(page, name);
  await show('');
}

const rowOf = (name: string) =>
  page.getByRole('table', { name: 'Participants' }).getByRole('row').filter({ hasText: name });

describe('a workshop’s page', () => {
  test('edits the workshop: a fifth round, a facilitator from the directory beside the one by name', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Workshop details' });
    await form.getByRole('listitem').filter({ hasText: 'Office of Academic Affairs (not in the directory)' }).waitFor();
    await field(form, 'Rounds').fill('5');
    await pickPerson(page, form, 'Add a facilitator from the directory', 'Jonas Weiß');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('5 rounds of 10 minutes; partners swap roles at half-time').waitFor();
    await page.getByText('Office of Academic Affairs, Jonas Weiß').waitFor();
    // The plan had four rounds: the fifth waits to be planned.
    expect((await host.core.call('workshops.list', {}))[0]!.roundCount).toBe(5);
    await page.getByRole('tab', { name: 'Rounds' }).click();
    await page.getByText('Not every round is planned').waitFor();
    expect(await page.getByLabel('Plan again from round').inputValue()).toBe('5');
    await settle('workshops-19-fifth-round');
    await page.getByRole('tab', { name: /Participants/ }).click();
  });

  test('imports the sign-up sheet: a known person by email, a newcomer by name, someone already on the list', async () => {
    const sheet = join(scratch, 'signups.csv');
    await writeFile(
      sheet,
      [
        'Name,Email,Department',
        'Jonas Weiß,person9@example.edu,',
        'Noor Rahman,noor.rahman@example.edu,Neurology',
        'Amara Okafor,person0@example.edu,',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Import sign-up sheet' }).click();
    host.chooseNext('open', sheet);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    const counts = page.getByRole('list', { name: 'Sign-up counts' });
    await counts.getByRole('listitem', { name: 'To add: 2' }).waitFor({ timeout: 60_000 });
    await counts.getByRole('listitem', { name: 'Already on the list: 1' }).waitFor();
    await page.getByRole('table', { name: 'Sign-ups to check' }).getByText('By name (not in the directory)').waitFor();
    await settle('workshops-20-signup-preview');
    await page.getByRole('button', { name: 'Add 2 to the list' }).click();
    await rowOf('Jonas Weiß').getByText('Signed up').waitFor();
    await rowOf('Noor Rahman').getByText('Not in the directory').waitFor();
    await settle('workshops-21-after-signups');
  });

  test('the master grid opens in the document preview, to save or print', async () => {
    await page.getByRole('button', { name: 'Master grid' }).click();
    const preview = page.getByRole('dialog', { name: `${title}: The facilitator’s grid` });
    await preview.getByText(/^\d+ pages?$/).waitFor({ timeout: 60_000 });
    await preview.getByRole('button', { name: 'Save PDF…' }).waitFor();
    await preview.getByText('Preparing the preview…').waitFor({ state: 'detached', timeout: 60_000 });
    await settle('workshops-22-grid-preview');
    await preview.getByRole('button', { name: 'Close preview' }).click();
  });

  test('a peer group from the workshop: nine are refused plainly, eight start the group', async () => {
    await page.getByRole('tab', { name: 'After the workshop' }).click();
    await page.getByRole('button', { name: 'Start a peer group' }).click();
    const form = page.getByRole('form', { name: 'New peer group' });
    await field(form, 'Members').click();
    for (const name of names) await page.getByRole('option', { name, exact: true }).click();
    await page.keyboard.press('Escape');
    await field(form, 'Name').fill('Spring Circle');
    await field(form, 'Focus').fill('Preparing for promotion');
    await form.getByRole('button', { name: 'Start the group' }).click();
    await form.getByText('Too many members for one group').waitFor();
    await form.getByText(/Nothing was created\.$/).waitFor();
    await settle('workshops-23-group-refused');
    expect(await host.core.call('peerGroups.list', {})).toEqual([]);

    // The last one chosen goes again (Backspace in an empty search takes the last pill off).
    await field(form, 'Members').press('Backspace');
    await form.getByRole('button', { name: 'Start the group' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spring Circle' }).waitFor();
    const groups = await host.core.call('peerGroups.list', {});
    expect(groups.map((g) => g.memberCount)).toEqual([8]);
  });

  test('the person’s page counts the workshop', async () => {
    await goTo(page, 'Faculty');
    await page.getByRole('link', { name: 'Amara Okafor' }).click();
    const card = page.getByRole('region', { name: 'Workshops' });
    await card.getByText('Took part in 1 workshop').waitFor();
    await card.getByRole('link', { name: title }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await settle('workshops-24-person-page');
    expect(app.problems).toEqual([]);
  });
});
