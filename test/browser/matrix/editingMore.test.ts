import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestHost } from '../../host/server';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot, type AppPage } from '../support/chromium';
import { choose, field, goTo } from '../support/ui';

/**
 * The matrix's other editing paths, each checked in the real core as well as
 * on screen: "Move to…" without dragging, deleting with the Delete key and
 * undoing it, renaming a role (and refusing an empty name), reordering
 * columns, and taking a holder off a program's role.
 */

const programName = 'Mid-Career Mentoring 2026';
const career = 'Career development and advancement';
const wellbeing = 'Well-being, equity and work–life integration';
const infrastructure = 'Institutional infrastructure and culture';
const introductions = 'Make introductions to sponsors';
const connectMentee = 'Connect mentee with resources and opportunities';

let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase: 'harbor violet sketch slowly 17',
    seed: async (core) => {
      await core.call('programs.create', { name: programName, sponsor: 'Office of Faculty Affairs' });
      await core.call('faculty.create', {
        name: 'Ines Carvalho',
        email: 'ines.carvalho@example.edu',
        department: 'Surgery',
        rank: 'Professor' as const,
      });
    },
  });
  ({ host, app, page } = opened);
});

afterAll(() => opened?.close());

function matrixNow(programId?: number) {
  return host.core.call('matrix.get', programId ? { programId } : {});
}

/** The texts in one cell of the core's matrix, in their order. */
async function cellTexts(role: string, column: string): Promise<string[]> {
  const matrix = await matrixNow();
  const roleId = matrix.roles.find((r) => r.name === role)!.id;
  const columnId = matrix.columns.find((c) => c.heading === column)!.id;
  return matrix.responsibilities
    .filter((r) => r.roleId === roleId && r.columnId === columnId)
    .sort((a, b) => a.position - b.position)
    .map((r) => r.text);
}

/** Every cell of the core's matrix that holds this text, as "role — column". */
async function cellsHolding(text: string): Promise<string[]> {
  const matrix = await matrixNow();
  return matrix.responsibilities
    .filter((r) => r.text === text)
    .map((r) => {
      const role = matrix.roles.find((x) => x.id === r.roleId)!.name;
      const column = matrix.columns.find((x) => x.id === r.columnId)!.heading;
      return `${role} — ${column}`;
    });
}

const item = (text: string): Locator => page.getByRole('listitem', { name: text, exact: true });
const cell = (role: string, column: string): Locator => page.locator(`td[data-cell="${role} — ${column}"]`);
/** The texts a cell shows, in the order on screen. */
const shownIn = (role: string, column: string): Promise<string[]> =>
  cell(role, column)
    .locator('li[data-responsibility-id]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
/** The column headings across the top of the table, left to right. */
const headingsShown = (): Promise<string[]> =>
  page
    .locator('thead th[scope="col"][aria-label]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-label')!));
const isFocused = (locator: Locator): Promise<boolean> => locator.evaluate((el) => el.matches(':focus'));

describe('more ways to edit the matrix', () => {
  test('“Move to…” puts a responsibility in the chosen role and column, and nowhere else', async () => {
    await goTo(page, 'Matrix');
    await item(introductions).waitFor();
    expect(await cellsHolding(introductions)).toEqual([`Mentor — ${career}`]);

    // Cancel changes nothing, even after choosing another place.
    await page.getByRole('button', { name: `Actions for “${introductions}”` }).click();
    await page.getByRole('menuitem', { name: 'Move to…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Move responsibility to…' });
    await dialog.waitFor();
    await choose(page, 'Role', 'Mentee', dialog);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await cellsHolding(introductions)).toEqual([`Mentor — ${career}`]);

    await page.getByRole('button', { name: `Actions for “${introductions}”` }).click();
    await page.getByRole('menuitem', { name: 'Move to…' }).click();
    dialog = page.getByRole('dialog', { name: 'Move responsibility to…' });
    await dialog.getByText(introductions, { exact: true }).waitFor();
    // Opened again, it starts from where the item is, not from the cancelled choice.
    await expect.poll(() => field(dialog, 'Role').inputValue()).toBe('Mentor');
    await expect.poll(() => field(dialog, 'Column').inputValue()).toBe(career);
    await choose(page, 'Role', 'Sponsor', dialog);
    await choose(page, 'Column', wellbeing, dialog);
    await expect.poll(() => field(dialog, 'Role').inputValue()).toBe('Sponsor');
    await expect.poll(() => field(dialog, 'Column').inputValue()).toBe(wellbeing);
    await screenshot(page, '58-matrix-move-to-dialog');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => cellsHolding(introductions)).toEqual([`Sponsor — ${wellbeing}`]);
    expect(await cellTexts('Mentor', career)).not.toContain(introductions);
    await cell('Sponsor', wellbeing).getByRole('listitem', { name: introductions, exact: true }).waitFor();
    await expect.poll(() => item(introductions).count()).toBe(1);
    expect(await shownIn('Mentor', career)).toEqual(await cellTexts('Mentor', career));
    // Focus follows it to its new place, so the keyboard can carry on from there.
    await expect.poll(() => isFocused(item(introductions))).toBe(true);
    expect(app.problems).toEqual([]);
  });

  test('the Delete key deletes the focused responsibility, and Undo puts it back where it was', async () => {
    const before = await cellTexts('Mentor', career);
    expect(before.indexOf(connectMentee)).toBe(1);

    await item(connectMentee).focus();
    await page.keyboard.press('Delete');
    const notice = page.getByRole('alert').filter({ hasText: 'Responsibility deleted' });
    await notice.waitFor();
    await expect.poll(() => cellsHolding(connectMentee)).toEqual([]);
    await item(connectMentee).waitFor({ state: 'detached' });
    expect(await shownIn('Mentor', career)).toEqual(before.filter((text) => text !== connectMentee));

    await notice.getByRole('button', { name: 'Undo' }).click();
    await item(connectMentee).waitFor();
    await expect.poll(() => cellTexts('Mentor', career)).toEqual(before);
    expect(await shownIn('Mentor', career)).toEqual(before);
    expect(app.problems).toEqual([]);
  });

  test('renames a role; an empty name is refused with a plain message and changes nothing', async () => {
    const sponsorRole = async () => (await matrixNow()).roles.find((r) => r.personRole === 'sponsor')!;
    const original = await sponsorRole();
    expect(original.name).toBe('Sponsor');

    await page.getByRole('button', { name: 'Role actions for Sponsor' }).click();
    await page.getByRole('menuitem', { name: 'Rename role' }).click();
    const editor = field(page, 'Role name');
    await editor.fill('   ');
    await editor.press('Enter');
    await page.getByText('Enter the role name.', { exact: true }).waitFor();
    await screenshot(page, '59-matrix-role-name-empty');
    expect(await sponsorRole()).toEqual(original);
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: 'Sponsor', exact: true }).waitFor();
    expect(await sponsorRole()).toEqual(original);

    // The name itself is a button: clicking it edits in place.
    await page
      .getByRole('rowheader', { name: 'Sponsor', exact: true })
      .getByRole('button', { name: 'Sponsor', exact: true })
      .click();
    await editor.fill('Sponsor (senior faculty)');
    await editor.press('Enter');
    const renamed = page.getByRole('rowheader', { name: 'Sponsor (senior faculty)', exact: true });
    await renamed.waitFor();
    await expect.poll(async () => (await sponsorRole()).name).toBe('Sponsor (senior faculty)');
    // Same row, same place, same link to the people who sponsor: only the name changed.
    expect(await sponsorRole()).toEqual({ ...original, name: 'Sponsor (senior faculty)' });
    await page.getByRole('rowheader', { name: 'Sponsor', exact: true }).waitFor({ state: 'detached' });
    // Its responsibilities stay with it, under the new name.
    await cell('Sponsor (senior faculty)', wellbeing).getByRole('listitem', { name: introductions }).waitFor();
    expect(app.problems).toEqual([]);
  });

  test('moves a column right and back left from its menu; the core’s order follows and cells keep their content', async () => {
    const headings = async () => (await matrixNow()).columns.map((c) => c.heading);
    expect(await headings()).toEqual([infrastructure, career, wellbeing]);
    const mentorCareer = await cellTexts('Mentor', career);

    // The first column cannot go further left.
    await page.getByRole('button', { name: `Column actions for ${infrastructure}` }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Move column left' }).isDisabled()).toBe(true);
    await page.getByRole('menuitem', { name: 'Move column right' }).click();
    await expect.poll(headings).toEqual([career, infrastructure, wellbeing]);
    await expect.poll(headingsShown).toEqual([career, infrastructure, wellbeing]);
    // A column moves with everything in it.
    expect(await cellTexts('Mentor', career)).toEqual(mentorCareer);
    expect(await shownIn('Mentor', career)).toEqual(mentorCareer);
    const firstCellOfMentorRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Mentor', exact: true }) })
      .locator('td')
      .first();
    expect(await firstCellOfMentorRow.getAttribute('data-cell')).toBe(`Mentor — ${career}`);

    // The last column cannot go further right; moving it left swaps it with its neighbour.
    await page.getByRole('button', { name: `Column actions for ${wellbeing}` }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Move column right' }).isDisabled()).toBe(true);
    await page.getByRole('menuitem', { name: 'Move column left' }).click();
    await expect.poll(headings).toEqual([career, wellbeing, infrastructure]);
    await expect.poll(headingsShown).toEqual([career, wellbeing, infrastructure]);
    const positions = (await matrixNow()).columns.map((c) => c.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(app.problems).toEqual([]);
  });

  test('takes a holder off a program’s role: gone in the core and on screen, the other holder stays, and Undo puts them back', async () => {
    const [program] = await host.core.call('programs.list', {});
    const matrix = await matrixNow();
    const mentorRole = matrix.roles.find((r) => r.name === 'Mentor')!;
    const { rows } = await host.core.call('faculty.list', { search: 'Carvalho' });
    await host.core.call('matrix.setHolder', { programId: program!.id, roleId: mentorRole.id, facultyId: rows[0]!.id });
    await host.core.call('matrix.setHolder', {
      programId: program!.id,
      roleId: mentorRole.id,
      officeName: 'Surgery Faculty Development',
    });
    const holders = async () =>
      (await matrixNow(program!.id))
        .program!.holders.filter((h) => h.roleId === mentorRole.id)
        .map((h) => h.facultyName ?? h.officeName);

    await choose(page, 'Program', programName);
    const mentorHeader = page.getByRole('rowheader', { name: 'Mentor', exact: true });
    await mentorHeader.getByText('Ines Carvalho', { exact: true }).waitFor();
    await mentorHeader.getByText('Surgery Faculty Development', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Remove Ines Carvalho from Mentor' }).click();
    await expect.poll(holders).toEqual(['Surgery Faculty Development']);
    await mentorHeader.getByText('Ines Carvalho', { exact: true }).waitFor({ state: 'detached' });
    await mentorHeader.getByText('Surgery Faculty Development', { exact: true }).waitFor();
    // The person is still in the directory: only the role assignment went.
    expect((await host.core.call('faculty.list', { search: 'Carvalho' })).rows).toHaveLength(1);

    // With the last holder gone, the role says nobody holds it and its responsibilities have no owner.
    await page.getByRole('button', { name: 'Remove Surgery Faculty Development from Mentor' }).click();
    await expect.poll(holders).toEqual([]);
    await mentorHeader.getByText('Nobody holds this role').waitFor();
    const tracked = await matrixNow(program!.id);
    const mentorItems = tracked.responsibilities.filter((r) => r.roleId === mentorRole.id).map((r) => r.id);
    expect(mentorItems.length).toBeGreaterThan(0);
    expect(tracked.program!.unownedResponsibilityIds).toEqual(expect.arrayContaining(mentorItems));
    await screenshot(page, '60-matrix-holder-removed');

    // The notice's Undo puts the office back on the role.
    const notice = page.getByRole('alert').filter({ hasText: 'Surgery Faculty Development' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(holders).toEqual(['Surgery Faculty Development']);
    await mentorHeader.getByText('Surgery Faculty Development', { exact: true }).waitFor();
    expect(app.problems).toEqual([]);
  });
});
