import type { Locator, Page } from 'playwright-core';
import { addDays } from '../../../electron/common/isoDates';
import { browserTestToday } from '../../host/testClock';
import { field } from './ui';

/** Mentoring flows' own steps, in the words on screen. */

/** Chooses a person in a directory picker: types part of the name, then picks them from the suggestions. */
export async function pickPerson(page: Page, scope: Locator, label: string, name: string): Promise<void> {
  await field(scope, label).click();
  await field(scope, label).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

/** A day relative to the browser tests' "today" (test/host/testClock.ts), never the real clock's. */
export function isoDaysFromToday(days: number): string {
  return addDays(browserTestToday, days);
}
