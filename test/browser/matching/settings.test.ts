import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestHost } from '../../host/server';
import { addProgram } from '../../support/mentoringCore';
import { screenshot } from '../support/chromium';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { choose, field, goTo } from '../support/ui';

/** The office tunes matching: a program's rules and weights on its page, and interest synonyms in Settings. */

let opened: AppOnNewDatabase;
let host: TestHost;
let page: Page;
let programId: number;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase: 'maple lantern orbit quietly 42',
    seed: async (core) => {
      programId = (await addProgram(core)).id;
    },
  });
  ({ host, page } = opened);
});

afterAll(() => opened?.close());

describe('tuning matching', () => {
  test('a program’s matching settings are edited on its page', async () => {
    await goTo(page, 'Mentorships');
    await page.getByRole('tab', { name: 'Programs' }).click();
    await page.getByRole('link', { name: 'Early Career Faculty Mentoring Program' }).click();
    const matching = page.getByRole('region', { name: 'Matching' });
    await matching.getByText('Mentors rank above the mentee').waitFor();
    await matching.getByText('40%').waitFor();

    await matching.getByRole('button', { name: 'Edit matching settings' }).click();
    const form = page.getByRole('form', { name: 'Matching settings' });
    await choose(page, 'Who may mentor whom', 'Mentors rank the same or above', form);
    await field(form, 'Lowest score proposed (%)').fill('55');
    await field(form, 'Shared interests').fill('50');
    await screenshot(page, 'matching-20-settings-form');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await matching.getByText('Mentors rank the same or above').waitFor();
    await matching.getByText('55%').waitFor();

    expect(await host.core.call('matching.settings.get', { programId })).toMatchObject({
      rankRule: 'same_or_above',
      minScore: 0.55,
      weights: { interests: 50 },
    });
  });

  test('interest synonyms are kept in Settings', async () => {
    await goTo(page, 'Settings');
    const section = page.getByRole('region', { name: 'Interest synonyms' });
    // Trellis starts with a small table (QI counts as quality improvement, and so on).
    await section.getByRole('textbox', { name: 'Counts as' }).first().waitFor();
    const before = await host.core.call('matching.synonyms.get', {});
    expect(before.map((g) => g.canonical)).toContain('quality improvement');
    await section.getByRole('button', { name: 'Add a synonym' }).click();
    await section.getByRole('textbox', { name: 'Counts as' }).last().fill('pain medicine');
    const words = field(section, 'Words').last();
    await words.fill('chronic pain');
    await words.press('Enter');
    await section.getByRole('button', { name: 'Save synonyms' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'matching-21-synonyms');
    await section.getByRole('button', { name: 'Save synonyms' }).click();
    await expect
      .poll(async () =>
        (await host.core.call('matching.synonyms.get', {})).find((g) => g.canonical === 'pain medicine'),
      )
      .toEqual({ canonical: 'pain medicine', terms: ['chronic pain'] });
    expect((await host.core.call('matching.synonyms.get', {})).length).toBe(before.length + 1);
  });
});
