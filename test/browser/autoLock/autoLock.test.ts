import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestHost } from '../../host/server';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { screenshot, type AppPage } from '../support/chromium';
import { choose, field, goTo } from '../support/ui';

/**
 * Locking after a time without use: chosen in Settings, warned about 30
 * seconds before, cancelled by any use, and then the unlock screen. The
 * page's clock is Playwright's, jumped forward, so the real build runs with
 * real minutes and no test hooks.
 */

const passphrase = 'maple lantern orbit quietly 42';
const person = {
  name: 'Ngozi Adeyemi',
  email: 'ngozi.adeyemi@example.edu',
  department: 'Surgery',
  rank: 'Professor' as const,
};

let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase,
    seed: (core) => core.call('faculty.create', person),
  });
  ({ host, app, page } = opened);
});

afterAll(() => opened?.close());

const warning = () => page.getByText('Trellis will lock in 30 seconds');
const locked = async () => (await host.core.call('vault.status', {})).state;

describe('locking after a time without use', () => {
  test('Settings offers the times, 15 minutes to begin with, and keeps the choice', async () => {
    await goTo(page, 'Settings');
    const section = page.getByRole('region', { name: 'Locking' });
    await expect.poll(() => field(section, 'Lock after a time without use').inputValue()).toBe('After 15 minutes');
    await choose(page, 'Lock after a time without use', 'After 5 minutes', section);
    await page.getByText('Trellis locks after 5 minutes without use.').waitFor();
    expect(await host.core.call('autoLock.get', {})).toEqual({ minutes: 5 });
    await screenshot(page, '80-settings-auto-lock');
    expect(app.problems).toEqual([]);
  });

  test('warns 30 seconds before, any movement cancels it, and then it locks', async () => {
    await goTo(page, 'Faculty');
    await page.getByRole('link', { name: person.name }).waitFor();

    await page.clock.fastForward('04:31');
    await warning().waitFor();
    await screenshot(page, '81-auto-lock-warning');
    await page.mouse.move(300, 400);
    await page.mouse.move(320, 420);
    await warning().waitFor({ state: 'hidden' });
    expect(await locked()).toBe('unlocked');

    // Counting starts again from that movement: nearly five minutes later, still open.
    await page.clock.fastForward('04:20');
    expect(await warning().count()).toBe(0);
    await page.clock.fastForward('00:11');
    await warning().waitFor();
    await page.clock.fastForward('00:31');
    await page.getByRole('heading', { level: 1, name: 'Unlock Trellis' }).waitFor();
    expect(await page.getByText(person.name).count()).toBe(0);
    expect(await locked()).toBe('locked');
    // The unlock screen says why it appeared.
    await page.getByRole('alert').filter({ hasText: 'Trellis locked itself' }).waitFor();
    await page.getByText('It was not used for 5 minutes, so it locked the records.').waitFor();
    await screenshot(page, '82-auto-locked');

    await field(page, 'Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    // Back where the work was.
    await page.getByRole('heading', { level: 1, name: 'Faculty' }).waitFor();
    await page.getByRole('link', { name: person.name }).waitFor();

    // Locked by hand next time, the screen does not claim it locked itself.
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unlock Trellis' }).waitFor();
    expect(await page.getByText('Trellis locked itself').count()).toBe(0);
    await field(page, 'Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Faculty' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  test('set to never, it stays open however long it is left', async () => {
    await goTo(page, 'Settings');
    await choose(page, 'Lock after a time without use', 'Never', page.getByRole('region', { name: 'Locking' }));
    await page.getByText('Trellis will not lock by itself.').waitFor();
    await page.clock.fastForward('02:00:00');
    expect(await warning().count()).toBe(0);
    expect(await locked()).toBe('unlocked');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(app.problems).toEqual([]);
  });
});
