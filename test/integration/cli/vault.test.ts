import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import type { Faculty } from '../../../electron/core/faculty/contract';
import { createTempCore, fastKdf, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { recoveryKeyPattern, runTrellis } from './runTrellis';

const passphrase = 'staff passphrase for tests';

// Each run is a real process that derives its key with the production scrypt
// cost, so a test of several runs needs more than the default time limit.
describe('trellis init, status and passwd: the encrypted database', { timeout: 90_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  let databasePath: string;
  const run = (args: string[], env: Record<string, string> = { TRELLIS_PASSPHRASE: passphrase }) =>
    runTrellis(args, { home: home.path, env });

  beforeEach(() => {
    home = tempDir('trellis-cli-');
    databasePath = join(home.path, 'records', 'trellis.db');
  });
  afterEach(() => home.remove());

  it('init creates an encrypted database and prints its recovery key once, with a warning', async () => {
    const result = await run(['--db', databasePath, 'init']);
    expect(result.code).toBe(0);
    const keyLine = result.stdout
      .split('\n')
      .map((line) => line.trim())
      .find((line) => recoveryKeyPattern.test(line));
    expect(keyLine).toBeDefined();
    expect(result.stdout.split(keyLine!).length - 1).toBe(1); // printed exactly once
    expect(result.stdout).toMatch(/shown only this once/);
    expect(result.stdout).toContain(`${databasePath}.keys`);
    expect(existsSync(databasePath)).toBe(true);
    expect(existsSync(`${databasePath}.keys`)).toBe(true);
    // The printed key really is this database's recovery key: it sets a new passphrase.
    const core = createCore({ databasePath, actor: 'test', kdfCost: fastKdf });
    await core.call('vault.recover', { recoveryKey: keyLine!, newPassphrase: 'recovered passphrase' });
    await core.close();
    const reopened = await run(['--db', databasePath, 'status', '--json'], {
      TRELLIS_PASSPHRASE: 'recovered passphrase',
    });
    expect(reopened.code).toBe(0);
  });

  it('init --json prints the path and recovery key, and refuses to overwrite an existing database', async () => {
    const first = await run(['--db', databasePath, 'init', '--json']);
    expect(first.code).toBe(0);
    const created = JSON.parse(first.stdout) as { databasePath: string; recoveryKey: string };
    expect(created.databasePath).toBe(databasePath);
    expect(created.recoveryKey).toMatch(recoveryKeyPattern);
    expect(first.stderr).toMatch(/shown only this once/);

    const before = readFileSync(`${databasePath}.keys`);
    const again = await run(['--db', databasePath, 'init']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `trellis: DATABASE_EXISTS: There is already a Trellis database at ${databasePath}. Nothing was changed.\n`,
    );
    expect(again.stdout).toBe('');
    expect(readFileSync(`${databasePath}.keys`).equals(before)).toBe(true);
  });

  it('without --db, uses the app’s own database in the user-data folder', async () => {
    const result = await run(['init', '--json']);
    expect(result.code).toBe(0);
    const { databasePath: used } = JSON.parse(result.stdout) as { databasePath: string };
    expect(used.startsWith(home.path)).toBe(true);
    expect(used).toMatch(/Trellis[\\/]trellis\.db$/);
    expect(existsSync(used)).toBe(true);
  });

  it('resolves a relative --db against the working folder, and says when there is no database there', async () => {
    const missing = join(process.cwd(), 'relative.db');
    const result = await run(['--db', 'relative.db', 'status']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^trellis: DATABASE_MISSING: /);
    expect(result.stderr).toContain(`There is no Trellis database at ${missing}`);
    expect(result.stderr).toContain('trellis init');

    const json = await run(['--db', 'relative.db', 'status', '--json']);
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        code: 'DATABASE_MISSING',
        message: expect.stringContaining(`There is no Trellis database at ${missing}`),
      },
    });
  });

  describe('with an existing database', () => {
    let made: TempCore;
    const name = 'Nguyễn Thị Minh';
    const runOn = (args: string[], env: Record<string, string> = { TRELLIS_PASSPHRASE: testPassphrase }) =>
      runTrellis(['--db', made.databasePath, ...args], { home: home.path, env });

    beforeEach(async () => {
      made = await createTempCore();
      await made.core.call('faculty.create', {
        name,
        email: 'minh.nguyen@med.example.edu',
        department: 'Internal Medicine',
        rank: 'Assistant Professor',
      });
      await made.core.close();
    });
    afterEach(() => made.dispose());

    it('refuses a wrong passphrase with its code and plain message, a non-zero exit and no output', async () => {
      const result = await runOn(['faculty', 'list', '--json'], { TRELLIS_PASSPHRASE: 'not the right passphrase' });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({
        error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase is not correct. Check Caps Lock and try again.' },
      });
      const plain = await runOn(['faculty', 'list'], { TRELLIS_PASSPHRASE: 'not the right passphrase' });
      expect(plain.code).toBe(1);
      expect(plain.stderr).toBe(
        'trellis: WRONG_PASSPHRASE: That passphrase is not correct. Check Caps Lock and try again.\n',
      );
      expect(plain.stdout).toBe('');
    });

    it('gives its own clear error when the key file is missing', async () => {
      rmSync(`${made.databasePath}.keys`);
      const result = await runOn(['status']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^trellis: KEYSLOTS_MISSING: The key file that unlocks this database is missing \(.*trellis\.db\.keys\)/,
      );
      expect(result.stderr).toContain('Restore it from the same backup as the database.');
    });

    it('says a file that is not a Trellis database is not one', async () => {
      const foreign = join(made.dir, 'foreign.db');
      writeFileSync(foreign, Buffer.alloc(8192, 7));
      writeFileSync(`${foreign}.keys`, readFileSync(`${made.databasePath}.keys`));
      const result = await runTrellis(['--db', foreign, 'status'], {
        home: home.path,
        env: { TRELLIS_PASSPHRASE: testPassphrase },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^trellis: NOT_A_TRELLIS_DATABASE: .*is not a Trellis database/);
    });

    it('without a terminal or TRELLIS_PASSPHRASE, says how to give the passphrase', async () => {
      const result = await runOn(['status'], {});
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'trellis: PASSPHRASE_REQUIRED: No passphrase given. Set TRELLIS_PASSPHRASE, or run trellis in a terminal to be asked for it.\n',
      );
      const init = await runTrellis(['--db', join(home.path, 'new.db'), 'init'], { home: home.path, env: {} });
      expect(init.code).toBe(1);
      expect(init.stderr).toContain('Set TRELLIS_PASSPHRASE');
      expect(existsSync(join(home.path, 'new.db'))).toBe(false);
    });

    it('passwd changes the passphrase: the old one stops working, the new one opens the same records', async () => {
      const next = 'a brand new passphrase';
      const changed = await runOn(['passwd'], { TRELLIS_PASSPHRASE: testPassphrase, TRELLIS_NEW_PASSPHRASE: next });
      expect(changed.code).toBe(0);
      expect(changed.stdout).toContain('Passphrase changed');
      expect((await runOn(['status'], { TRELLIS_PASSPHRASE: testPassphrase })).code).toBe(1);
      const listed = await runOn(['faculty', 'list', '--json'], { TRELLIS_PASSPHRASE: next });
      expect((JSON.parse(listed.stdout) as Faculty[]).map((p) => p.name)).toEqual([name]);

      const short = await runOn(['passwd'], { TRELLIS_PASSPHRASE: next, TRELLIS_NEW_PASSPHRASE: 'short' });
      expect(short.code).toBe(1);
      expect(short.stderr).toMatch(/^trellis: VALIDATION: .*Use at least 10 characters/);
      const wrong = await runOn(['passwd'], {
        TRELLIS_PASSPHRASE: 'wrong passphrase',
        TRELLIS_NEW_PASSPHRASE: 'whatever else here',
      });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('WRONG_PASSPHRASE: That passphrase is not correct');
      expect((await runOn(['status'], { TRELLIS_PASSPHRASE: next })).code).toBe(0);
    });
  });
});
