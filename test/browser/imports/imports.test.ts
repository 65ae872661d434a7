import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { TrellisBridge } from '../../../electron/common/bridge';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestHost } from '../../host/server';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot, type AppPage } from '../support/chromium';
import { directorySummary, field, goTo } from '../support/ui';

/**
 * Spreadsheet imports as the office does them, in Chromium against the real
 * core: the HR roster through the wizard, then the annual survey creating a
 * new survey with an ambiguous respondent linked by hand, the report, and an
 * undo. Files are "picked" by queueing their path with the test host, which
 * plays the system's file dialog; the real importer reads the real file.
 */

const fixtures = resolve('..', 'shared', 'fixtures');
const rosterFile = join(fixtures, 'faculty-roster.xlsx');
const surveyFile = join(fixtures, 'survey-msforms.xlsx');
const surveyName = 'Annual Mentoring Survey 2026';

let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'trellis-import-files-'));
  opened = await openAppOnNewDatabase({ passphrase: 'maple lantern orbit quietly 42' });
  ({ host, app, page } = opened);
});

afterAll(async () => {
  await opened?.close();
  await rm(scratch, { recursive: true, force: true });
});

const count = (label: string) =>
  page.getByRole('listitem', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}: `) });
async function countOf(label: string): Promise<string | null> {
  return (await count(label).getAttribute('aria-label'))?.split(': ')[1] ?? null;
}

/** Starts an import and picks `path` in the (played) file dialog. */
async function chooseForImport(button: 'Import faculty roster' | 'Import survey responses', path: string) {
  await goTo(page, 'Imports');
  await page
    .getByRole('button', { name: button })
    .or(page.getByRole('link', { name: button }))
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: button }).waitFor();
  host.chooseNext('open', path);
  await page.getByRole('button', { name: 'Choose file…' }).click();
}

describe('importing through the wizard', () => {
  test('a roster, then a survey with an ambiguous row linked by hand; the report; undo', async () => {
    await goTo(page, 'Imports');
    await page.getByText('Nothing imported yet').waitFor();
    await screenshot(page, 'imports-01-empty');

    // 1. The roster.
    await chooseForImport('Import faculty roster', rosterFile);
    await page.getByTestId('chosen-file').filter({ hasText: 'faculty-roster.xlsx' }).waitFor();
    await page.getByText(/1 title row above skipped/).waitFor();
    await screenshot(page, 'imports-02-roster-file');
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    expect(await field(page, 'Where “Email Address” goes').inputValue()).toBe('Email');
    expect(await field(page, 'Where “Academic Rank” goes').inputValue()).toBe('Rank');
    await screenshot(page, 'imports-03-roster-mapping');
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    await count('Rows read').waitFor({ timeout: 60_000 });
    expect(await countOf('Rows read')).toBe('301');
    expect(await countOf('To add')).toBe('300');
    expect(await countOf('Duplicates')).toBe('1');
    await screenshot(page, 'imports-04-roster-check');
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByText('Every row matched one person. Nothing to decide here.').waitFor();
    await page.getByRole('tab', { name: /Problems/ }).click();
    await screenshot(page, 'imports-05-roster-review');
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Import saved').waitFor({ timeout: 60_000 });
    expect(await countOf('Added')).toBe('300');
    await screenshot(page, 'imports-06-roster-done');
    await page.getByRole('link', { name: 'Open the faculty directory' }).click();
    await expect.poll(() => directorySummary(page)).toBe('300 active people');
    await screenshot(page, 'imports-07-faculty-directory');

    // 2. The survey: a new survey from the file's columns.
    await chooseForImport('Import survey responses', surveyFile);
    await page.getByTestId('chosen-file').filter({ hasText: 'survey-msforms.xlsx' }).waitFor();
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await field(page, 'Survey name').fill(surveyName);
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    await screenshot(page, 'imports-08-survey-mapping');
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    await count('Rows read').waitFor({ timeout: 60_000 });
    expect(await countOf('Ambiguous (several people)')).toBe('1');
    expect(await countOf('Unmatched')).toBe('6');
    await screenshot(page, 'imports-09-survey-check');
    await page.getByRole('button', { name: 'Next: review' }).click();

    // Row 69 is a Michael Jensen, and Trellis has two: link it to the first by hand.
    const decision = field(page, 'Decision for row 69');
    expect(await decision.inputValue()).toBe('Import without linking to a person (default)');
    await decision.click();
    const linkOptions = page.getByRole('option', { name: /^Link to Michael Jensen/ });
    expect(await linkOptions.count()).toBe(2);
    const chosenOption = (await linkOptions.first().textContent())!;
    await linkOptions.first().click();
    expect(await decision.inputValue()).toBe(chosenOption);
    await screenshot(page, 'imports-10-survey-review');
    await page.getByRole('tab', { name: /Survey effects/ }).click();
    await page.getByRole('checkbox', { name: /Open a change request/ }).check();
    await screenshot(page, 'imports-11-survey-effects');
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Import saved').waitFor({ timeout: 60_000 });
    expect(await countOf('Added')).toBe('160');
    // The row linked by hand is counted as decided, no longer as ambiguous.
    expect(await countOf('Ambiguous (several people)')).toBe('0');
    expect(await countOf('Decided in review')).toBe('1');
    await screenshot(page, 'imports-12-survey-done');

    // The link reached the records: that Michael Jensen's response is his.
    const chosenEmail = /— (\S+),/.exec(chosenOption)![1]!;
    const jensen = (await host.core.call('faculty.list', { search: chosenEmail })).rows[0]!;
    const [survey] = await host.core.call('surveys.list', {});
    expect(survey).toMatchObject({ name: surveyName, responseCount: 160 });
    expect(await host.core.call('surveys.responses', { id: survey!.id, facultyId: jensen.id })).toHaveLength(1);

    await page.getByRole('link', { name: 'Open the survey report' }).click();
    await page.getByRole('heading', { level: 1, name: surveyName }).waitFor();
    await page.getByText('Small groups are hidden').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await screenshot(page, 'imports-13-survey-report');
    await page.getByRole('link', { name: 'All surveys' }).click();
    await page.getByRole('table', { name: 'Surveys' }).getByRole('link', { name: surveyName }).waitFor();
    await screenshot(page, 'imports-13b-surveys');

    // 3. Undo the survey import: it says what goes, then the batch is marked undone.
    await goTo(page, 'Imports');
    await page.getByRole('button', { name: 'Undo import of survey-msforms.xlsx' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo the import of survey-msforms.xlsx?' });
    await dialog.getByText(/Removes the 160 survey responses/).waitFor();
    await screenshot(page, 'imports-14-undo-confirm');
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    const surveyRow = page.getByRole('row', { name: /survey-msforms\.xlsx/ });
    await surveyRow.getByText(/^Undone/).waitFor();
    await screenshot(page, 'imports-15-undone');
    const batches = await host.core.call('imports.list', {});
    expect(batches.map((b) => [b.fileName, b.undoneAt !== null])).toEqual([
      ['survey-msforms.xlsx', true],
      ['faculty-roster.xlsx', false],
    ]);
    expect(await host.core.call('surveys.list', {})).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  test('a corrupt or password-protected file gets a plain error, and nothing changes', async () => {
    const before = await host.core.call('imports.list', {});
    // A dialog closed without a file changes nothing and says nothing.
    await goTo(page, 'Imports');
    await page.getByRole('link', { name: 'Import faculty roster' }).first().click();
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await page.getByRole('button', { name: 'Choose file…' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'cannot be imported' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Next: match columns' }).isDisabled()).toBe(true);

    const corrupt = join(scratch, 'roster from HR.xlsx');
    await writeFile(corrupt, randomBytes(4096));
    await chooseForImport('Import faculty roster', corrupt);
    const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was changed\./);
    await screenshot(page, 'imports-16-corrupt-file');

    // An encrypted (password-protected) workbook is an OLE2 container, not a zip.
    const locked = join(scratch, 'locked roster.xlsx');
    await writeFile(locked, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(4088)]));
    host.chooseNext('open', locked);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await alert.filter({ hasText: /password/i }).waitFor();
    await screenshot(page, 'imports-17-password-protected');
    expect(await page.getByRole('button', { name: 'Next: match columns' }).isDisabled()).toBe(true);

    // The page cannot name a file itself: only a path picked in the dialog gets through.
    const refused = await page.evaluate(() =>
      (globalThis as unknown as { trellis: TrellisBridge }).trellis.invoke('imports.inspect', { path: '/etc/passwd' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(await host.core.call('imports.list', {})).toEqual(before);
    await goTo(page, 'Imports');
    // The list shows the same imports as before: a header row and one row each.
    await page.getByRole('table', { name: 'Past imports' }).waitFor();
    expect(await page.getByRole('table', { name: 'Past imports' }).getByRole('row').count()).toBe(before.length + 1);
    expect(app.problems).toEqual([]);
  });

  test('rows that could not be imported are saved, with their reasons, where the person chose', async () => {
    const roster = join(scratch, 'new staff.csv');
    await writeFile(
      roster,
      'Name,Email,Department,Rank\nGrace Hopper,grace.hopper@example.edu,Medicine,Professor\n' +
        '=HYPERLINK("http://evil.example"),nodept@example.edu,,Professor\n',
    );
    await chooseForImport('Import faculty roster', roster);
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    // This layout is worth keeping: saved as a template, it is then the one applied.
    await page.getByRole('button', { name: 'Save as template…' }).click();
    await field(page, 'Template name').fill('New staff list');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Template saved').waitFor();
    expect(await field(page, 'Mapping template').inputValue()).toBe('New staff list');
    expect(await host.core.call('imports.templates.list', { kind: 'roster' })).toEqual([
      expect.objectContaining({ name: 'New staff list', mapping: expect.objectContaining({ Email: 'email' }) }),
    ]);
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    await count('Errors').waitFor();
    expect(await countOf('Errors')).toBe('1');
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByRole('tab', { name: 'Problems (1)' }).click();
    await page.getByRole('list', { name: 'Problems found' }).getByText(/Row 3/).waitFor();
    await screenshot(page, 'imports-18-problems');
    // People the roster does not list stay active unless ticked: tick one.
    await page.getByRole('tab', { name: 'Not in this roster (300)' }).click();
    const missingList = page.getByRole('list', { name: 'People not in this roster' });
    const label = (await missingList
      .getByText(/^Set .+ inactive$/)
      .first()
      .textContent())!;
    const missingName = /^Set (.+) inactive$/.exec(label)![1];
    await missingList.getByRole('checkbox', { name: label }).check();
    await screenshot(page, 'imports-18b-missing-people');
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText('Import saved').waitFor();
    expect(await countOf('Set inactive')).toBe('1');
    const inactive = await host.core.call('faculty.list', { status: 'inactive' });
    expect(inactive.rows.map((p) => p.name)).toEqual([missingName]);

    await page.getByRole('link', { name: 'See it in the list of imports' }).click();
    const row = page.getByRole('row', { name: /new staff\.csv/ });
    const saveTo = join(scratch, 'rejected.xlsx');
    host.chooseNext('save', saveTo);
    await row.getByRole('button', { name: 'Save rejected rows' }).click();
    await page.getByText('Rejected rows saved').waitFor();
    await screenshot(page, 'imports-19-rejected-rows-saved');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saveTo);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toContain('Reason');
    const rejected = (sheet.getRow(2).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    // A formula-like name is written as text, never as a formula.
    expect(rejected).toContain('\'=HYPERLINK("http://evil.example")');
    expect(rejected.join(' ')).toMatch(/department/i);
    expect(sheet.rowCount).toBe(2);
    expect(app.problems).toEqual([]);
  });

  test('a long check shows its progress and can be cancelled, with nothing kept', async () => {
    const big = join(scratch, 'large roster.csv');
    const lines = ['Employee ID,Name,Email,Department,Rank'];
    for (let i = 0; i < 150_000; i++) lines.push(`X${i},Person ${i},person${i}@big.example.edu,Medicine,Professor`);
    await writeFile(big, lines.join('\n'));
    const before = await host.core.call('imports.list', {});
    await chooseForImport('Import faculty roster', big);
    await page.getByRole('button', { name: 'Next: match columns' }).click({ timeout: 60_000 });
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    await page.getByText('Checking the file').waitFor();
    await page.getByRole('progressbar').waitFor();
    // Reading 150,000 rows takes a while on a loaded machine before the first counted phase shows.
    await expect.poll(() => page.getByTestId('import-progress-phase').textContent(), { timeout: 60_000 }).toMatch(/—/);
    await screenshot(page, 'imports-20-progress');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Check cancelled').waitFor({ timeout: 30_000 });
    await page.getByText(/The import was cancelled\. Nothing was changed\./).waitFor();
    await screenshot(page, 'imports-21-cancelled');
    expect(await host.core.call('imports.list', {})).toEqual(before);
    expect(app.problems).toEqual([]);
  });

  test('leaving the wizard after the check lets the core drop what it read', async () => {
    const previewIds: string[] = [];
    const listen = async (response: Response) => {
      if (!response.url().endsWith('__trellis/invoke')) return;
      const body = (await response.json().catch(() => null)) as { value?: { previewId?: string } } | null;
      if (body?.value?.previewId) previewIds.push(body.value.previewId);
    };
    page.on('response', listen);
    await chooseForImport('Import faculty roster', rosterFile);
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    await count('Rows read').waitFor();
    page.off('response', listen);
    // The roster was imported in the first test: the same file is recognised.
    await page.getByText('This file was imported before').waitFor();
    // Nobody is added twice (the person set inactive in another test is the one update).
    expect(await countOf('To add')).toBe('0');
    await screenshot(page, 'imports-22-imported-before');
    expect(previewIds).toHaveLength(1);
    await expect(
      host.core.call('imports.previewDetails', { previewId: previewIds[0]!, section: 'issues' }),
    ).resolves.toMatchObject({ total: expect.any(Number) });

    await page.getByRole('link', { name: 'Back to imports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
    await expect
      .poll(() =>
        host.core.call('imports.previewDetails', { previewId: previewIds[0]!, section: 'issues' }).then(
          () => 'kept',
          (e: { code?: string }) => e.code,
        ),
      )
      .toBe('NOT_FOUND');
    expect(app.problems).toEqual([]);
  });

  test('a workbook with several sheets: the person picks one, and hidden sheets are marked', async () => {
    const path = join(scratch, 'hr export.xlsx');
    const workbook = new ExcelJS.Workbook();
    // The first sheet is a note without a table, as HR exports often begin.
    workbook.addWorksheet('Read me').addRows([['This export was made by HR.'], ['Do not edit.']]);
    workbook.addWorksheet('Faculty').addRows([
      ['Name', 'Email', 'Department', 'Rank'],
      ['Katherine Johnson', 'katherine.johnson@example.edu', 'Medicine', 'Professor'],
    ]);
    workbook.addWorksheet('Lookup', { state: 'hidden' }).addRows([
      ['Code', 'Department'],
      ['MED', 'Medicine'],
    ]);
    await workbook.xlsx.writeFile(path);

    await chooseForImport('Import faculty roster', path);
    // The sheet opened first has no table: that is said, and the sheets stay listed to pick another.
    await page.getByRole('alert').filter({ hasText: 'The sheet “Read me” cannot be imported' }).waitFor();
    expect(await page.getByRole('button', { name: 'Next: match columns' }).isDisabled()).toBe(true);
    await screenshot(page, 'imports-24-sheet-without-table');
    const sheet = field(page, 'Sheet to import');
    await sheet.click();
    expect(await page.getByRole('option').allTextContents()).toEqual(['Read me', 'Faculty', 'Lookup (hidden)']);
    await screenshot(page, 'imports-23-sheets');
    await page.getByRole('option', { name: 'Faculty', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'cannot be imported' }).waitFor({ state: 'detached' });
    await page.getByText(/4 columns/).waitFor();
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    expect(await field(page, 'Where “Email” goes').inputValue()).toBe('Email');
    await page.getByRole('button', { name: 'Next: check the file' }).click();
    await count('To add').waitFor();
    expect(await countOf('To add')).toBe('1');
    expect(app.problems).toEqual([]);
  });
});
