import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestHost } from '../../host/server';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot } from '../support/chromium';
import { isoDaysFromToday } from '../support/mentoringUi';
import { field } from '../support/ui';

/**
 * Nothing typed is lost by accident: a drawer or modal whose form holds
 * typed changes asks before Escape or its close button throws them away,
 * and locking returns the person to the page they were on.
 */

const passphrase = 'harbor willow seven lanterns';

let opened: AppOnNewDatabase;
let host: TestHost;
let page: Page;
let mentorshipId: number;
let menteeId: number;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase,
    seed: async (core) => {
      const mentor = await core.call('faculty.create', {
        name: 'Amara Okafor',
        email: 'amara.okafor@example.edu',
        department: 'Cardiology',
        rank: 'Professor',
      });
      const mentee = await core.call('faculty.create', {
        name: 'Bruno Silva',
        email: 'bruno.silva@example.edu',
        department: 'Psychiatry',
        rank: 'Assistant Professor',
      });
      menteeId = mentee.id;
      const program = await core.call('programs.create', { name: 'Junior Faculty Mentoring', sponsor: 'OAA' });
      mentorshipId = (
        await core.call('mentorships.create', {
          mentorId: mentor.id,
          menteeId: mentee.id,
          programId: program.id,
          startDate: isoDaysFromToday(-30),
        })
      ).id;
    },
  });
  ({ host, page } = opened);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
});

afterAll(() => opened?.close());

const problems = () => opened.app.problems;
const discardQuestion = () => page.getByRole('dialog', { name: 'Discard what you typed?' });

describe('nothing typed is lost', () => {
  test('a modal with typed meeting notes asks before Escape closes it; Keep editing keeps them', async () => {
    await page.goto(`${host.url}#/mentorships/${mentorshipId}`);
    await page.getByRole('heading', { level: 1, name: 'Amara Okafor with Bruno Silva' }).waitFor();
    await page.getByRole('button', { name: 'Log meeting' }).click();
    const modal = page.getByRole('dialog', { name: 'Log a meeting' });
    await field(modal, 'Notes').fill('Talked through the first R01 aims page.');

    await page.keyboard.press('Escape');
    await discardQuestion().waitFor();
    await screenshot(page, 'forms-01-discard-question');
    await discardQuestion().getByRole('button', { name: 'Keep editing' }).click();
    await discardQuestion().waitFor({ state: 'hidden' });
    expect(await field(modal, 'Notes').inputValue()).toBe('Talked through the first R01 aims page.');

    // Asked again, the person chooses to throw them away: the modal closes and nothing was logged.
    await modal.getByRole('button', { name: 'Close' }).click();
    await discardQuestion().getByRole('button', { name: 'Discard changes' }).click();
    await modal.waitFor({ state: 'hidden' });
    const summary = await host.core.call('personMentoring.get', { facultyId: menteeId });
    expect(summary.meetings.total).toBe(0);
    expect(problems()).toEqual([]);
  });

  test('a drawer with nothing typed closes on Escape at once', async () => {
    await page.goto(`${host.url}#/mentorships/${mentorshipId}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    const drawer = page.getByRole('dialog', { name: 'Edit mentorship details' });
    await field(drawer, 'Notes').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await discardQuestion().count()).toBe(0);

    // With a change typed, the drawer asks first.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await field(drawer, 'Notes').fill('Prefers mornings.');
    await page.keyboard.press('Escape');
    await discardQuestion().waitFor();
    await discardQuestion().getByRole('button', { name: 'Discard changes' }).click();
    await drawer.waitFor({ state: 'hidden' });
    expect((await host.core.call('mentorships.get', { id: mentorshipId })).notes).toBeNull();
    expect(problems()).toEqual([]);
  });

  test('locking shows nothing of the page in the address, and unlocking returns to it', async () => {
    await page.goto(`${host.url}#/mentorships/${mentorshipId}`);
    await page.getByRole('heading', { level: 1, name: 'Amara Okafor with Bruno Silva' }).waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unlock Trellis' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    await field(page, 'Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amara Okafor with Bruno Silva' }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/mentorships/${mentorshipId}`);
    expect(problems()).toEqual([]);
  });
});
