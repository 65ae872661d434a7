import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { field, goTo } from '../support/ui';

/**
 * A program created on the Programs screen is in the matrix's program picker
 * at once, without reloading: the matrix reads programs, and creating one
 * refreshes every read of programs (issue: the picker kept its first list).
 */

let opened: AppOnNewDatabase;
let page: Page;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase: 'maple lantern orbit quietly 42',
    seed: (core) => core.call('programs.create', { name: 'Existing Program', sponsor: 'Office of Academic Affairs' }),
  });
  page = opened.page;
});

afterAll(() => opened?.close());

/** The names the matrix's Program picker offers, read by opening it as a person does. */
async function programsInPicker(): Promise<string[]> {
  await field(page, 'Program').click();
  const listbox = page.getByRole('listbox');
  await listbox.getByRole('option').first().waitFor();
  const names = await listbox.getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  await listbox.waitFor({ state: 'hidden' });
  return names;
}

describe('the matrix program picker', () => {
  test('lists a program created after the matrix was first opened', async () => {
    await goTo(page, 'Matrix');
    expect(await programsInPicker()).toEqual(['Existing Program']);

    await goTo(page, 'Mentorships');
    await page.getByRole('tab', { name: 'Programs' }).click();
    await page.getByRole('button', { name: 'New program' }).first().click();
    const programForm = page.getByRole('dialog', { name: 'New program' });
    await field(programForm, 'Name').fill('Junior Faculty Mentoring');
    await field(programForm, 'Run by').fill('Office of Academic Affairs');
    await programForm.getByRole('button', { name: 'Create program' }).click();
    await page.getByRole('heading', { level: 1, name: 'Junior Faculty Mentoring' }).waitFor();

    await goTo(page, 'Matrix');
    expect(await programsInPicker()).toEqual(['Existing Program', 'Junior Faculty Mentoring']);
    expect(opened.app.problems).toEqual([]);
  });
});
