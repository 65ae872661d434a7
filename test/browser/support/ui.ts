import type { Locator, Page } from 'playwright-core';

/**
 * Small steps the flows repeat, written the way a person does them: by the
 * labels and names on screen, never by CSS classes.
 */

/**
 * A text field (plain, or with suggestions: a combobox) by its accessible
 * name. getByLabel would also read the required-field asterisk, which screen
 * readers are told to skip.
 */
export function field(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('textbox', { name, exact: true }).or(scope.getByRole('combobox', { name, exact: true }));
}

/**
 * Picks an option of a select by its field's name, looking for the field
 * within `scope` (e.g. a form). The options open in a layer of their own.
 */
export async function choose(page: Page, label: string, option: string, scope: Page | Locator = page): Promise<void> {
  await field(scope, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function goTo(page: Page, area: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
  await page.getByRole('heading', { level: 1, name: area }).waitFor();
}

/** The summary line above the directory table ("2 active people", "1 person found"). */
export async function directorySummary(page: Page): Promise<string> {
  return (await page.getByTestId('directory-summary').textContent()) ?? '';
}

/** Names of the people whose rows are in the page right now (only those near the visible part exist). */
export async function namesInTable(page: Page): Promise<string[]> {
  return page
    .locator('table[aria-label="Faculty directory"] tbody tr[data-person-id] td:first-child a')
    .allTextContents();
}
