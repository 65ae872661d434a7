import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Faculty } from '../../../electron/core/faculty/contract';
import type { Workshop } from '../../../electron/core/workshops/contract';
import type { TestHost } from '../../host/server';
import { browserTestToday } from '../../host/testClock';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot, type AppPage } from '../support/chromium';
import { pickPerson } from '../support/mentoringUi';
import { choose, field, goTo } from '../support/ui';

/**
 * A speed peer-mentoring workshop as the office runs it, in Chromium against
 * the real core: create it, add a peer group, two people by name and two
 * walk-ins, check in, plan, run a round on the projector's view (its
 * countdown driven by Playwright's clock), re-plan after someone leaves, and
 * turn mutual wishes into peer mentorships.
 */

const program = 'Faculty Peer Mentoring Program';
const group = 'Promotion Circle';
const title = 'Peer Mentoring for Career Success';
const members = ['Amara Okafor', 'Bruno Silva', 'Chen Wei', 'Dana Levi'];
const searched = ['Erik Lund', 'Farah Haddad'];
const walkIns = ['Visiting Scholar', 'Rosa Quintero'];

let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;
let workshopId = 0;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase: 'maple lantern orbit quietly 42',
    seed: async (core) => {
      const created = await core.call('programs.create', {
        name: program,
        sponsor: 'Office of Academic Affairs',
        targetRanks: ['Assistant Professor'],
      });
      const departments = ['Medicine', 'Surgery', 'Pediatrics', 'Psychiatry'];
      const people: Faculty[] = [];
      for (const [index, name] of [...members, ...searched, 'Grace Kim'].entries()) {
        people.push(
          await core.call('faculty.create', {
            name,
            email: `person${index}@example.edu`,
            department: departments[index % departments.length]!,
            rank: name === 'Grace Kim' ? 'Professor' : 'Assistant Professor',
          }),
        );
      }
      const peerGroup = await core.call('peerGroups.create', {
        programId: created.id,
        name: group,
        focus: 'Preparing for promotion',
        facilitatorId: people.at(-1)!.id,
        startedOn: '2025-09-01',
      });
      for (const person of people.slice(0, members.length)) {
        await core.call('peerGroups.addMember', {
          groupId: peerGroup.id,
          facultyId: person.id,
          joinedOn: '2025-09-01',
        });
      }
    },
  });
  ({ host, app, page } = opened);
});

afterAll(() => opened?.close());

/** A screenshot without the notifications stacked over the page. */
async function settle(name: string) {
  const show = (visibility: string) =>
    page.locator('.mantine-Notifications-root').evaluateAll((roots, value) => {
      for (const root of roots) (root as unknown as { style: { visibility: string } }).style.visibility = value;
    }, visibility);
  await show('hidden');
  await screenshot(page, name);
  await show('');
}

const participants = () => page.getByRole('table', { name: 'Participants' });
const rowOf = (name: string) => participants().getByRole('row').filter({ hasText: name });
const workshop = (): Promise<Workshop> => host.core.call('workshops.get', { id: workshopId });

/** The plan table's cells, a list of names per round (columns), read from the screen. */
async function planOnScreen(): Promise<string[][]> {
  return page.getByRole('table', { name: 'Plan' }).evaluate((table) => {
    const rows = Array.from(
      (table as unknown as { rows: ArrayLike<{ cells: ArrayLike<{ innerText: string }> }> }).rows,
    );
    const rounds = Array.from(rows[0]!.cells).length - 1;
    return Array.from({ length: rounds }, (_, r) =>
      rows
        .slice(1)
        .map((row) => row.cells[r + 1]!.innerText.trim())
        .filter(Boolean)
        .sort(),
    );
  });
}

describe('a speed peer-mentoring workshop', () => {
  test('creates a workshop and adds a peer group, two people by name and two walk-ins', async () => {
    await goTo(page, 'Workshops');
    await page.getByText('No workshops yet').waitFor();
    await settle('workshops-01-empty');

    await page.getByRole('button', { name: 'New workshop' }).first().click();
    const form = page.getByRole('form', { name: 'Workshop details' });
    expect(await field(form, 'Title').inputValue()).toBe(title);
    expect(await field(form, 'Minutes per round').inputValue()).toBe('10');
    expect(await field(form, 'Rounds').inputValue()).toBe('4');
    await choose(page, 'Program', program, form);
    await form.getByLabel('Day').fill(browserTestToday);
    await field(form, 'Place').fill('Lakeside Hall, Room 210');
    await pickPerson(page, form, 'Add a facilitator from the directory', 'Grace Kim');
    await form.getByRole('listitem').filter({ hasText: 'Grace Kim' }).waitFor();
    await settle('workshops-02-form');
    await form.getByRole('button', { name: 'Create workshop' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    workshopId = (await host.core.call('workshops.list', {}))[0]!.id;
    await page.getByText(/No one on the list yet/).waitFor();

    // The peer group's members.
    await page.getByRole('button', { name: 'Add from the directory' }).click();
    let add = page.getByRole('form', { name: 'Add participants' });
    await add.getByText('A peer group').click();
    await choose(page, 'Peer group', `${group} (4)`, add);
    await add.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByText('Added 4.').waitFor();
    for (const name of members) await rowOf(name).waitFor();

    // Two people found by name.
    await page.getByRole('button', { name: 'Add from the directory' }).click();
    add = page.getByRole('form', { name: 'Add participants' });
    for (const name of searched) {
      await pickPerson(page, add, 'Person', name);
      await add.getByRole('list', { name: 'Chosen people' }).getByText(name).waitFor();
    }
    await add.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByText('Added 2.').waitFor();

    // Two walk-ins, not in the directory, here already.
    for (const name of walkIns) {
      await page.getByRole('button', { name: 'Add a walk-in' }).click();
      const walkIn = page.getByRole('form', { name: 'Walk-in' });
      await field(walkIn, 'Name').fill(name);
      await field(walkIn, 'Department').fill('Visiting faculty');
      await walkIn.getByRole('button', { name: 'Add walk-in' }).click();
      await rowOf(name).getByText('Not in the directory').waitFor();
    }
    expect(await participants().locator('tbody tr').count()).toBe(8);
    await settle('workshops-03-participants');
  });

  test('checks people in and plans the rounds', async () => {
    for (const name of [...members, ...searched]) {
      await rowOf(name).getByText('Here', { exact: true }).click();
      await expect
        .poll(async () => (await workshop()).participants.find((p) => p.name === name)?.attendance)
        .toBe('present');
    }
    await page.getByRole('tab', { name: /Participants \(8, 8 here\)/ }).waitFor();
    await settle('workshops-04-checked-in');

    await page.getByRole('tab', { name: 'Rounds' }).click();
    await page.getByRole('button', { name: 'Plan the rounds' }).click();
    await page.getByRole('table', { name: 'Plan' }).waitFor();
    const plan = await planOnScreen();
    expect(plan).toHaveLength(4);
    // Everyone once per round, in pairs at four tables.
    for (const round of plan) {
      expect(round).toHaveLength(4);
      expect(round.flatMap((cell) => cell.split(' · ')).sort()).toEqual([...members, ...searched, ...walkIns].sort());
    }
    await settle('workshops-05-plan');
  });

  test('the round view counts down with the page’s clock, flashes at half-time and at the end, and moves by keyboard', async () => {
    // From here the page's time moves only when the test moves it.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await page.getByRole('link', { name: 'Open the round view' }).click();
    const view = page.getByRole('region', { name: 'Round view' });
    await view.getByRole('heading', { name: 'Round 1 of 4' }).waitFor();
    const countdown = view.getByTestId('countdown');
    expect(await countdown.textContent()).toBe('10:00');
    await view.getByText('Paused: press Space to start').waitFor();
    const first = (await workshop()).rounds[0]!;
    for (const g of first.groups) await view.getByText(`Table ${g.table}`, { exact: true }).waitFor();

    await page.keyboard.press(' ');
    await page.clock.runFor(60_000);
    await expect.poll(() => countdown.textContent()).toBe('9:00');
    await view.getByText('First half').waitFor();
    // Space pauses: a minute later the countdown has not moved.
    await page.keyboard.press(' ');
    await page.clock.runFor(60_000);
    expect(await countdown.textContent()).toBe('9:00');
    await view.getByText('Paused: press Space to go on').waitFor();
    await page.keyboard.press(' ');
    await page.clock.runFor(4 * 60_000);
    await expect.poll(() => countdown.textContent()).toBe('5:00');
    await expect.poll(() => view.getByTestId('round-signal').textContent()).toBe('Swap roles');
    await screenshot(page, 'workshops-06-round-view-swap');
    await page.clock.runFor(10_000);
    expect(await view.getByTestId('round-signal').count()).toBe(0);
    await view.getByText('Second half: roles swapped').waitFor();

    // The end flashes for a few seconds, so run exactly to it.
    await page.clock.runFor(290_000);
    await expect.poll(() => countdown.textContent()).toBe('0:00');
    await expect.poll(() => view.getByTestId('round-signal').textContent()).toBe('Time is up');
    await screenshot(page, 'workshops-07-round-view-end');

    await page.keyboard.press('ArrowRight');
    await view.getByRole('heading', { name: 'Round 2 of 4' }).waitFor();
    expect(await countdown.textContent()).toBe('10:00');
    await page.keyboard.press('ArrowLeft');
    await view.getByRole('heading', { name: 'Round 1 of 4' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await view.getByRole('heading', { name: 'Round 2 of 4' }).waitFor();
    await screenshot(page, 'workshops-08-round-view-round-2');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.clock.resume();
  });

  test('someone leaves after round 2: the rounds still to come are planned again, the held ones stay', async () => {
    const before = await workshop();
    const leaver = walkIns[1]!;
    await rowOf(leaver).getByText('Left', { exact: true }).click();
    await expect
      .poll(async () => (await workshop()).participants.find((p) => p.name === leaver)?.attendance)
      .toBe('left');
    await page.getByRole('tab', { name: 'Rounds' }).click();
    await page.getByText(`Left: ${leaver}.`).waitFor();
    // The round view was last on round 2, so the plan starts again at round 3.
    expect(await page.getByLabel('Plan again from round').inputValue()).toBe('3');
    await settle('workshops-09-someone-left');
    await page.getByRole('button', { name: 'Re-plan' }).click();
    await page
      .getByRole('dialog', { name: 'Plan rounds 3–4 again?' })
      .getByRole('button', { name: 'Plan again' })
      .click();
    await page.getByText('Rounds 3–4 planned again').waitFor();
    await page.getByText('Who is here has changed since the plan').waitFor({ state: 'detached' });

    const after = await workshop();
    expect(after.rounds.slice(0, 2)).toEqual(before.rounds.slice(0, 2));
    const plan = await planOnScreen();
    for (const round of plan.slice(2)) {
      const names = round.flatMap((cell) => cell.split(' · '));
      expect(names).not.toContain(leaver);
      expect(names).toHaveLength(7);
      // Seven people: three pairs and one trio.
      expect(round.filter((cell) => cell.split(' · ').length === 3)).toHaveLength(1);
    }
    await settle('workshops-10-replanned');
  });

  test('mutual wishes become proposed peer mentorships in one step', async () => {
    const w = await workshop();
    const directoryPair = w.rounds[0]!.groups.find(
      (g) =>
        g.people.length === 2 && g.people.every((p) => w.participants.find((q) => q.id === p.participantId)?.person),
    )!;
    const [a, b] = directoryPair.people.map((p) => p.name) as [string, string];

    await page.getByRole('tab', { name: 'After the workshop' }).click();
    for (const [who, wish] of [
      [a, b],
      [b, a],
    ] as const) {
      const picker = field(page, `Partners ${who} would like to keep meeting`);
      await picker.click();
      await page.getByRole('option', { name: wish, exact: true }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await expect.poll(async () => (await workshop()).participants.find((p) => p.name === who)?.wishes.length).toBe(1);
    }
    await page
      .getByRole('list', { name: 'Mutual wishes' })
      .getByText(`${a} and ${b}`)
      .or(page.getByRole('list', { name: 'Mutual wishes' }).getByText(`${b} and ${a}`))
      .waitFor();
    await settle('workshops-11-wishes');

    await page.getByRole('button', { name: 'Propose peer mentorships from mutual wishes' }).click();
    await page.getByText('1 peer mentorship proposed').waitFor();
    const mentorships = await host.core.call('mentorships.list', { kind: 'peer' });
    expect(mentorships.rows.map((m) => [m.mentor.name, m.mentee.name].sort())).toEqual([[a, b].sort()]);
    expect(mentorships.rows[0]!.status).toBe('proposed');
    await settle('workshops-12-proposed');
    expect(app.problems).toEqual([]);
  });
});
