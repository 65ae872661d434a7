import type { Locator, Page } from 'playwright-core';
import { field } from './ui';

/** Mentoring flows' own steps, in the words on screen. */

/** Chooses a person in a directory picker: types part of the name, then picks them from the suggestions. */
export async function pickPerson(page: Page, scope: Locator, label: string, name: string): Promise<void> {
  await field(scope, label).click();
  await field(scope, label).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

export function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
