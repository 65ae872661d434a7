import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import type { Faculty } from '../../../electron/core/faculty/contract';
import type { Rank } from '../../../electron/common/ranks';
import { createTempCore, fastKdf, tempDir, testPassphrase } from '../../support/tempCore';
import { recoveryKeyPattern, runTrellis, spawnTrellis } from './runTrellis';

const passphrase = 'staff passphrase for tests';

interface Person {
  name: string;
  email: string;
  department: string;
  rank: Rank;
}

const minh: Person = {
  name: 'Nguyễn Thị Minh',
  email: 'minh.nguyen@med.example.edu',
  department: 'Internal Medicine',
  rank: 'Assistant Professor',
};
const garcia: Person = {
  name: 'José García-Ortiz',
  email: 'jgarcia@med.example.edu',
  department: 'Pediatrics',
  rank: 'Associate Professor',
};

function addArgs(person: Person): string[] {
  return [
    'faculty',
    'add',
    '--name',
    person.name,
    '--email',
    person.email,
    '--department',
    person.department,
    '--rank',
    person.rank,
  ];
}

/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Which of `needles` occur anywhere in the bytes of `files`, as UTF-8 or UTF-16 (SQLite can store either). */
function plaintextFound(files: string[], needles: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const needle of needles) {
      for (const form of new Set([needle, needle.normalize('NFC'), needle.normalize('NFD')])) {
        if (bytes.includes(Buffer.from(form, 'utf8')) || bytes.includes(Buffer.from(form, 'utf16le'))) {
          found.push(`${needle} in ${file}`);
        }
      }
    }
  }
  return found;
}

// Each run is a real process that derives its key with the production scrypt
// cost, so a test of several runs needs more than the default time limit.
describe('the trellis command line', { timeout: 90_000 }, () => {
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
    expect(again.stderr).toContain(`There is already a Trellis database at ${databasePath}`);
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

  it('resolves a relative --db against the working folder', async () => {
    const result = await runTrellis(['--db', 'relative.db', 'status'], {
      home: home.path,
      env: { TRELLIS_PASSPHRASE: passphrase },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`There is no Trellis database at ${join(process.cwd(), 'relative.db')}`);
    expect(result.stderr).toContain('trellis init');
  });

  it('adds faculty, lists them as JSON with diacritics intact, reports status, and leaves no plaintext on disk', async () => {
    expect((await run(['--db', databasePath, 'init'])).code).toBe(0);

    const added = await run([
      '--db',
      databasePath,
      ...addArgs(minh),
      '--interests',
      'health equity, grant writing',
      '--json',
    ]);
    expect(added.code).toBe(0);
    const person = JSON.parse(added.stdout) as Faculty;
    expect(person).toMatchObject({ ...minh, interests: ['health equity', 'grant writing'], active: true });

    const addedText = await run(['--db', databasePath, ...addArgs(garcia), '--employee-id', 'E-5521']);
    expect(addedText.code).toBe(0);
    expect(addedText.stdout).toContain(`Added ${garcia.name}`);
    expect(addedText.stdout).toContain('E-5521');

    const listed = await run(['--db', databasePath, 'faculty', 'list', '--json']);
    expect(listed.code).toBe(0);
    const people = JSON.parse(listed.stdout) as Faculty[];
    expect(people.map((p) => p.name)).toEqual([garcia.name, minh.name]);
    expect(people.find((p) => p.email === minh.email)?.name).toBe('Nguyễn Thị Minh');

    // Search ignores accents and case, as in the app.
    const searched = await run(['--db', databasePath, 'faculty', 'list', '--json', '--search', 'nguyen']);
    expect((JSON.parse(searched.stdout) as Faculty[]).map((p) => p.email)).toEqual([minh.email]);
    const byRank = await run(['--db', databasePath, 'faculty', 'list', '--json', '--rank', 'associate professor']);
    expect((JSON.parse(byRank.stdout) as Faculty[]).map((p) => p.email)).toEqual([garcia.email]);

    const table = await run(['--db', databasePath, 'faculty', 'list']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Nguyễn Thị Minh');
    expect(table.stdout).toMatch(/^Name\s+Email\s+Department\s+Rank/m);
    expect(table.stdout).toContain('2 people');

    const status = await run(['--db', databasePath, 'status', '--json']);
    expect(status.code).toBe(0);
    const details = JSON.parse(status.stdout) as {
      schemaVersion: string;
      cipher: string;
      integrity: string;
      counts: Record<string, number>;
      databasePath: string;
    };
    expect(details.schemaVersion).toMatch(/^\d{4}_\w+$/);
    expect(details.cipher).toBe('chacha20');
    expect(details.integrity).toBe('ok');
    expect(details.databasePath).toBe(databasePath);
    expect(details.counts.faculty).toBe(2);
    expect(details.counts.audit_log).toBe(2); // one entry per add, written by the CLI too

    const readable = await run(['--db', databasePath, 'status']);
    expect(readable.stdout).toMatch(/Integrity\s+ok/);
    expect(readable.stdout).toMatch(/faculty\s+2/);

    // Every byte of every file in the data folder: no name, email, department or id in the clear.
    const files = filesUnder(join(home.path, 'records'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const needles = [
      minh.name,
      'Nguyen Thi Minh',
      'nguyen thi minh',
      minh.email,
      garcia.name,
      'jose garcia',
      garcia.email,
    ];
    needles.push('Internal Medicine', 'E-5521', 'grant writing');
    expect(plaintextFound(files, needles)).toEqual([]);
    // The scan itself works: the same bytes in a plain file are found.
    const control = join(home.path, 'control.txt');
    writeFileSync(control, `x${minh.name}x`);
    expect(plaintextFound([control], [minh.name])).toHaveLength(1);
  });

  it('reads the same database the core writes, and pages through more people than one page holds', async () => {
    const made = await createTempCore();
    try {
      const total = 1005; // the core's largest page is 1000
      for (let i = 0; i < total; i++) {
        await made.core.call('faculty.create', {
          name: `Person ${String(i).padStart(4, '0')}`,
          email: `person${i}@example.edu`,
          department: i % 2 ? 'Surgery' : 'Psychiatry',
          rank: 'Professor',
        });
      }
      await made.core.close();
      const listed = await runTrellis(['--db', made.databasePath, 'faculty', 'list', '--json'], {
        home: home.path,
        env: { TRELLIS_PASSPHRASE: testPassphrase },
      });
      expect(listed.code).toBe(0);
      const people = JSON.parse(listed.stdout) as Faculty[];
      expect(people).toHaveLength(total);
      expect(new Set(people.map((p) => p.id)).size).toBe(total);
      expect(people[total - 1]?.name).toBe('Person 1004');

      const surgery = await runTrellis(
        ['--db', made.databasePath, 'faculty', 'list', '--json', '--department', 'Surgery'],
        {
          home: home.path,
          env: { TRELLIS_PASSPHRASE: testPassphrase },
        },
      );
      expect((JSON.parse(surgery.stdout) as Faculty[]).every((p) => p.department === 'Surgery')).toBe(true);
      expect(JSON.parse(surgery.stdout)).toHaveLength(502);
    } finally {
      await made.dispose();
    }
  });

  describe('with an existing database', () => {
    let made: Awaited<ReturnType<typeof createTempCore>>;
    const runOn = (args: string[], env: Record<string, string> = { TRELLIS_PASSPHRASE: testPassphrase }) =>
      runTrellis(['--db', made.databasePath, ...args], { home: home.path, env });

    beforeEach(async () => {
      made = await createTempCore();
      await made.core.call('faculty.create', minh);
      await made.core.close();
    });
    afterEach(() => made.dispose());

    it('refuses a wrong passphrase with its plain message, a non-zero exit and no output', async () => {
      const result = await runOn(['faculty', 'list', '--json'], { TRELLIS_PASSPHRASE: 'not the right passphrase' });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('trellis: That passphrase is not correct. Check Caps Lock and try again.\n');
      expect(result.stdout).toBe('');
    });

    it('refuses a duplicate email, naming the option, and adds nobody', async () => {
      const result = await runOn([...addArgs({ ...minh, name: 'Someone Else', email: minh.email.toUpperCase() })]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('trellis: Someone in the directory already has these details.');
      expect(result.stderr).toMatch(/--email: .*already belongs to/);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      const listed = await runOn(['faculty', 'list', '--json']);
      expect(JSON.parse(listed.stdout)).toHaveLength(1);
    });

    it('explains a field that is not valid, by its option name', async () => {
      const result = await runOn([
        ...addArgs({ ...garcia, email: 'not-an-email' }),
        '--appointment-start',
        '2020-01-01',
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('trellis: --email: Enter an email address like name@university.edu.\n');
      const date = await runOn([...addArgs(garcia), '--appointment-start', '2020-13-45']);
      expect(date.code).toBe(1);
      expect(date.stderr).toBe('trellis: --appointment-start: Enter a date as YYYY-MM-DD.\n');
    });

    it('gives its own clear error when the key file is missing', async () => {
      rmSync(`${made.databasePath}.keys`);
      const result = await runOn(['status', '--json']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^trellis: The key file that unlocks this database is missing \(.*trellis\.db\.keys\)/,
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
      expect(result.stderr).toContain('is not a Trellis database');
    });

    it('without a terminal or TRELLIS_PASSPHRASE, says how to give the passphrase', async () => {
      const result = await runOn(['status'], {});
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'trellis: No passphrase given. Set TRELLIS_PASSPHRASE, or run trellis in a terminal to be asked for it.\n',
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
      expect((JSON.parse(listed.stdout) as Faculty[]).map((p) => p.name)).toEqual([minh.name]);

      const short = await runOn(['passwd'], { TRELLIS_PASSPHRASE: next, TRELLIS_NEW_PASSPHRASE: 'short' });
      expect(short.code).toBe(1);
      expect(short.stderr).toContain('Use at least 10 characters');
      const wrong = await runOn(['passwd'], {
        TRELLIS_PASSPHRASE: 'wrong passphrase',
        TRELLIS_NEW_PASSPHRASE: 'whatever else here',
      });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('That passphrase is not correct');
      expect((await runOn(['status'], { TRELLIS_PASSPHRASE: next })).code).toBe(0);
    });

    it('stops quietly when the reader of its output goes away (trellis … | head)', async () => {
      const child = spawnTrellis(['--db', made.databasePath, 'faculty', 'list', '--json'], {
        home: home.path,
        env: { TRELLIS_PASSPHRASE: testPassphrase },
      });
      child.stdin.end();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.destroy(); // the reader is gone before anything is written
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    });
  });

  describe('usage errors exit with code 2 and say what was wrong', () => {
    // Usage errors stop before any file is touched; this folder only keeps HOME away from real data.
    let usageHome: ReturnType<typeof tempDir>;
    beforeAll(() => (usageHome = tempDir('trellis-cli-usage-')));
    afterAll(() => usageHome.remove());
    it.each([
      [['bogus'], /unknown command 'bogus'/],
      [
        ['faculty', 'add', '--name', 'A', '--email', 'a@b.edu', '--department', 'D'],
        /required option '--rank <rank>' not specified/,
      ],
      [
        ['faculty', 'add', '--name', 'A', '--email', 'a@b.edu', '--department', 'D', '--rank', 'Dean'],
        /Choose one of: "Instructor"/,
      ],
      [['faculty', 'list', '--status', 'retired'], /Choose one of: "active", "inactive", "all"/],
      [['status', '--verbose'], /unknown option '--verbose'/],
    ])('trellis %j', async (args, message) => {
      const result = await runTrellis(args, { home: usageHome.path, env: {} });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/^trellis: /);
    });

    it('--help and --version succeed', async () => {
      const help = await runTrellis(['--help'], { home: usageHome.path, env: {} });
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Usage: trellis/);
      for (const command of ['init', 'status', 'passwd', 'faculty']) expect(help.stdout).toContain(command);
      const version = await runTrellis(['--version'], { home: usageHome.path, env: {} });
      expect(version.code).toBe(0);
      expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });
  });
});
