import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestHost, type TestHost } from '../../host/server';
import { readPdf } from '../../support/pdfText';
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
 * The role–responsibility matrix as an office edits it: change a text in
 * place, move responsibilities by keyboard and by dragging, undo a delete;
 * then track one program (who holds a role, a status, its progress) and
 * export the matrix as a PDF and a workbook.
 */

const programName = 'Assistant Professor Mentoring 2026';
const criteria = 'Clarify transparent advancement criteria';
const editedCriteria = 'Clarify transparent, written advancement criteria';
const codify = 'Codify mentor/mentee expectations';

let browser: Browser;
let data: DataFolder;
let host: TestHost;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  data = await freshDataFolder();
  host = await startTestHost({ databasePath: data.databasePath });
  await host.core.call('vault.create', { passphrase: 'maple lantern orbit quietly 42' });
  await host.core.call('programs.create', { name: programName, sponsor: 'Office of Academic Affairs' });
  await host.core.call('faculty.create', {
    name: 'Adaeze Okafor',
    email: 'adaeze.okafor@example.edu',
    department: 'Medicine',
    rank: 'Associate Professor' as const,
  });
  app = await openApp(browser, host.url);
  page = app.page;
});

afterAll(async () => {
  await app?.context.close();
  await browser?.close();
  await host?.close();
  await data?.remove();
});

async function matrixNow() {
  return host.core.call('matrix.get', {});
}

async function where(text: string) {
  const matrix = await matrixNow();
  const item = matrix.responsibilities.find((r) => r.text === text);
  if (!item) return null;
  const role = matrix.roles.find((r) => r.id === item.roleId)!.name;
  const column = matrix.columns.find((c) => c.id === item.columnId)!.heading;
  const order = matrix.responsibilities
    .filter((r) => r.roleId === item.roleId && r.columnId === item.columnId)
    .sort((a, b) => a.position - b.position)
    .map((r) => r.text);
  return { role, column, index: order.indexOf(text) };
}

const item = (text: string): Locator => page.getByRole('listitem', { name: text, exact: true });
/** Drags with the mouse the way a person does: press, move over the target in steps, release. */
async function drag(source: Locator, target: Locator, offset?: { x: number; y: number }): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const start = (await source.boundingBox())!;
  await page.mouse.move(start.x + 20, start.y + start.height / 2);
  await page.mouse.down();
  // The drag begins once the mouse moves a little with the button held.
  await page.mouse.move(start.x + 30, start.y + start.height / 2 + 5, { steps: 3 });
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const x = box.x + (offset?.x ?? box.width / 2);
  const y = box.y + (offset?.y ?? box.height / 2);
  await page.mouse.move(x, y, { steps: 5 });
  await page.mouse.move(x, y + 1, { steps: 2 });
  await page.mouse.up();
}

const cell = (role: string, column: string): Locator => page.locator(`td[data-cell="${role} — ${column}"]`);

describe('the role–responsibility matrix', () => {
  test('edits a responsibility in place, with a message for an empty text', async () => {
    await goTo(page, 'Matrix');
    await item(criteria).waitFor();
    await screenshot(page, '50-matrix-overview');

    // Search narrows every cell to what matches and says how many; the role filter keeps only chosen rows.
    const sponsorTexts = (await matrixNow()).responsibilities.filter((r) => /sponsor/i.test(r.text));
    await field(page, 'Search responsibilities').fill('sponsor');
    await expect
      .poll(() => page.getByTestId('matrix-search-summary').textContent())
      .toBe(`${sponsorTexts.length} responsibilities match`);
    expect(await page.locator('li[data-responsibility-id]').count()).toBe(sponsorTexts.length);
    await page.locator('mark').first().waitFor();
    await choose(page, 'Roles', 'Mentoring Program');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('rowheader').count()).toBe(1);
    await screenshot(page, '54-matrix-search-and-role-filter');
    await field(page, 'Search responsibilities').fill('');
    // Backspace in the Roles field takes the last chosen role off again.
    await field(page, 'Roles').focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('rowheader').count()).toBe(7);

    await item(criteria).getByText(criteria).click();
    const editor = field(page, 'Responsibility text');
    await editor.fill('');
    await editor.press('Enter');
    await page.getByText('Enter the responsibility.', { exact: true }).waitFor();
    await editor.press('Escape');
    await item(criteria).waitFor();

    await item(criteria).focus();
    await page.keyboard.press('Enter');
    await editor.fill(editedCriteria);
    await editor.press('Enter');
    await item(editedCriteria).waitFor();
    expect((await where(editedCriteria))?.column).toBe('Career development and advancement');
    // Focus comes back to the edited responsibility, so the keyboard can carry on.
    await expect.poll(() => item(editedCriteria).evaluate((el) => el.matches(':focus'))).toBe(true);
  });

  test('moves a responsibility with the keyboard: Alt+↓ within its cell, Alt+→ to the next column', async () => {
    expect((await where(editedCriteria))?.index).toBe(0);
    await item(editedCriteria).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await where(editedCriteria))?.index).toBe(1);
    // Focus stays on it, so it can be moved again.
    await expect.poll(() => item(editedCriteria).evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Alt+ArrowRight');
    await expect
      .poll(async () => (await where(editedCriteria))?.column)
      .toBe('Well-being, equity and work–life integration');
    await page.getByRole('status').filter({ hasText: 'Moved to' }).waitFor({ state: 'attached' });
    await screenshot(page, '51-matrix-keyboard-move');
  });

  test('moves a responsibility by dragging it to an empty cell and before another responsibility', async () => {
    const target = cell('Sponsor', 'Career development and advancement');
    await drag(item(editedCriteria), target);
    await expect.poll(async () => (await where(editedCriteria))?.role).toBe('Sponsor');
    expect((await where(editedCriteria))?.column).toBe('Career development and advancement');
    await target.getByRole('listitem', { name: editedCriteria }).waitFor();

    // Dragged onto the top half of the Mentor's first responsibility, it goes before it.
    const mentorFirst = 'Help mentee develop, enact, and evaluate individual career plan';
    await drag(item(editedCriteria), item(mentorFirst), { x: 40, y: 4 });
    await expect.poll(async () => (await where(editedCriteria))?.role).toBe('Mentor');
    expect((await where(editedCriteria))?.index).toBe(0);
  });

  test('deletes a responsibility and brings it back with Undo', async () => {
    await page.getByRole('button', { name: `Actions for “${codify}”` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Responsibility deleted' });
    await notice.waitFor();
    await expect.poll(() => where(codify)).toBeNull();
    await screenshot(page, '52-matrix-deleted-undo');
    await notice.getByRole('button', { name: 'Undo' }).click();
    await item(codify).waitFor();
    expect(await where(codify)).toMatchObject({ role: 'Mentoring Program', index: 0 });
  });

  test('tracks a program: assigns an office, sets a status, and shows the progress change', async () => {
    await choose(page, 'Program', programName);
    const roleHeader = page.getByRole('rowheader', { name: 'Mentoring Program' });
    const progress = roleHeader.getByTestId('progress-text');
    await expect.poll(() => progress.textContent()).toBe('0 of 8 done');
    await roleHeader.getByText('Nobody holds this role').waitFor();

    await page.getByRole('button', { name: 'Assign someone to Mentoring Program' }).click();
    const assign = page.getByRole('form', { name: 'Assign someone to Mentoring Program' });
    await assign.getByText('An office').click();
    await field(assign, 'Office name').fill('Office of Academic Affairs');
    await assign.getByRole('button', { name: 'Assign', exact: true }).click();
    await roleHeader.getByText('Office of Academic Affairs').waitFor();

    await page.getByRole('button', { name: `Status: Not started. Change the status of “${codify}”` }).click();
    const form = page.getByRole('form', { name: 'Responsibility status' });
    await choose(page, 'Status', 'Done', form);
    await field(form, 'Date').fill('2026-11-20');
    await field(form, 'Note').fill('Expectations sent to all pairs.');
    await form.getByRole('button', { name: 'Save status' }).click();
    await expect.poll(() => progress.textContent()).toBe('1 of 8 done');
    const column = page.getByRole('columnheader', { name: 'Career development and advancement' });
    await expect.poll(() => column.getByTestId('progress-text').textContent()).toMatch(/^1 of \d+ done$/);
    await page.getByRole('button', { name: `Status: Done. Change the status of “${codify}”` }).waitFor();
    await page.getByRole('region', { name: 'Responsibilities with no owner' }).waitFor();
    await screenshot(page, '53-matrix-program-progress');

    const programs = await host.core.call('programs.list', {});
    const tracked = await host.core.call('matrix.get', { programId: programs[0]!.id });
    const id = tracked.responsibilities.find((r) => r.text === codify)!.id;
    expect(tracked.program?.statuses.find((s) => s.responsibilityId === id)).toMatchObject({
      status: 'done',
      statusDate: '2026-11-20',
      note: 'Expectations sent to all pairs.',
    });
    expect(app.problems).toEqual([]);
  });

  test('exports the program’s matrix as a PDF and as an Excel workbook', async () => {
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = join(data.databasePath, '..', pdfDownload.suggestedFilename());
    await pdfDownload.saveAs(pdfPath);
    const pdf = await readPdf(await readFile(pdfPath));
    const pdfText = pdf.pages.join(' ');
    expect(pdfText).toContain(programName);
    expect(pdfText).toContain('Codify mentor/mentee expectations');

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Excel' }).click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxPath = join(data.databasePath, '..', xlsxDownload.suggestedFilename());
    await xlsxDownload.saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const codifyRow = rows.find((row) => row.includes(codify));
    expect(codifyRow).toBeDefined();
    expect(codifyRow).toContain('Done');
    expect(codifyRow).toContain('Office of Academic Affairs');
    expect(rows.some((row) => row.includes(editedCriteria))).toBe(true);
    expect(app.problems).toEqual([]);
  });

  test('renames a column, adds a role and moves it up, and assigns a person to a role', async () => {
    await page.getByRole('button', { name: 'Institutional infrastructure and culture', exact: true }).click();
    const heading = field(page, 'Column heading');
    await heading.fill('Infrastructure and culture');
    await heading.press('Enter');
    await page.getByRole('columnheader', { name: 'Infrastructure and culture' }).waitFor();

    await page.getByRole('button', { name: 'Edit matrix' }).click();
    await page.getByRole('menuitem', { name: 'Add role' }).click();
    await field(page.getByRole('dialog', { name: 'Add a role' }), 'Role name').fill('Peer Group Facilitator');
    await page.keyboard.press('Enter');
    const newRole = page.getByRole('rowheader', { name: 'Peer Group Facilitator' });
    await newRole.waitFor();
    await page.getByRole('button', { name: 'Role actions for Peer Group Facilitator' }).click();
    await page.getByRole('menuitem', { name: 'Move role up' }).click();
    await expect
      .poll(async () => (await matrixNow()).roles.map((r) => r.name).slice(-2))
      .toEqual(['Peer Group Facilitator', 'Mentee']);

    await page.getByRole('button', { name: 'Assign someone to Mentor', exact: true }).click();
    const assign = page.getByRole('form', { name: 'Assign someone to Mentor', exact: true });
    await field(assign, 'Person').fill('Okafor');
    await page.getByRole('option', { name: 'Adaeze Okafor' }).click();
    await assign.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByRole('rowheader', { name: 'Mentor', exact: true }).getByText('Adaeze Okafor').waitFor();
    await screenshot(page, '56-matrix-roles-and-holders');
    expect(app.problems).toEqual([]);
  });

  test('resets to the default content after a confirmation that says what will be lost', async () => {
    await page.getByRole('button', { name: 'Edit matrix' }).click();
    await page.getByRole('menuitem', { name: 'Reset to default…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset the matrix to its default content?' });
    await dialog.getByText('every program’s role holders and statuses', { exact: false }).waitFor();
    await screenshot(page, '55-matrix-reset-confirm');
    await dialog.getByRole('button', { name: 'Reset the matrix' }).click();
    await item(criteria).waitFor();
    expect(await where(editedCriteria)).toBeNull();
    expect(await where(criteria)).toMatchObject({ role: 'Institution Faculty/Career Development Office', index: 0 });
    expect(app.problems).toEqual([]);
  });

  test('a person’s page says what is expected of them in each role they hold', async () => {
    const [program] = await host.core.call('programs.list', {});
    const mentee = await host.core.call('faculty.create', {
      name: 'Bruno Lindqvist',
      email: 'bruno.lindqvist@example.edu',
      department: 'Medicine',
      rank: 'Assistant Professor' as const,
    });
    const { rows } = await host.core.call('faculty.list', { search: 'Okafor' });
    const adaeze = rows[0]!;
    for (const kind of ['mentor', 'sponsor'] as const) {
      await host.core.call('mentorships.create', {
        mentorId: adaeze.id,
        menteeId: mentee.id,
        kind,
        programId: program!.id,
        startDate: '2026-09-01',
      });
    }
    await page.goto(`${host.url}#/faculty/${adaeze.id}`);
    const section = page.getByRole('region', { name: 'What is expected of them' });
    await section.getByText('Help mentee develop, enact, and evaluate individual career plan').waitFor();
    await section.getByText('The matrix lists no responsibilities for sponsors yet.').waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '57-person-expectations');
    expect(app.problems).toEqual([]);
  });
});
