import { afterAll, beforeAll, expect, test } from 'vitest';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { field } from '../support/ui';

/**
 * After five wrong passphrases the core makes each try wait; the unlock
 * screen says so plainly, counts down, keeps the button off until then, and
 * points to the recovery key, which never waits.
 */

const passphrase = 'maple lantern orbit quietly 42';
let opened: AppOnNewDatabase;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase,
    seed: async (core) => {
      await core.call('vault.lock', {});
      for (let i = 0; i < 5; i++) await core.invoke('vault.unlock', { passphrase: 'a wrong guess' });
    },
  });
});
afterAll(() => opened?.close());

test('a sixth try is held back with a countdown, and the recovery key is offered', async () => {
  const { page } = opened;
  await field(page, 'Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();

  const wait = page.getByRole('status').filter({ hasText: 'Please wait before the next try' });
  await wait.waitFor();
  expect(await wait.textContent()).toMatch(/try again in 0:(30|29|28|27)/);
  expect(await wait.textContent()).toContain('the recovery key works at once');
  expect(await page.getByRole('button', { name: 'Unlock' }).isDisabled()).toBe(true);
  expect(await opened.host.core.call('vault.status', {})).toMatchObject({ state: 'locked' });
});
