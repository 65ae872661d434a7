import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Faculty } from '../../../electron/core/faculty/contract';
import type { Rank } from '../../../electron/common/ranks';
import { createTempCore, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis, spawnTrellis } from './runTrellis';

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

describe('trellis faculty', { timeout: 90_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  let databasePath: string;
  const run = (args: string[], env: Record<string, string> = { TRELLIS_PASSPHRASE: passphrase }) =>
    runTrellis(args, { home: home.path, env });

  beforeEach(() => {
    home = tempDir('trellis-cli-');
    databasePath = join(home.path, 'records', 'trellis.db');
  });
  afterEach(() => home.remove());

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
    let made: TempCore;
    const runOn = (args: string[], env: Record<string, string> = { TRELLIS_PASSPHRASE: testPassphrase }) =>
      runTrellis(['--db', made.databasePath, ...args], { home: home.path, env });

    beforeEach(async () => {
      made = await createTempCore();
      await made.core.call('faculty.create', minh);
      await made.core.close();
    });
    afterEach(() => made.dispose());

    it('refuses a duplicate email, naming the option, and adds nobody', async () => {
      const result = await runOn([...addArgs({ ...minh, name: 'Someone Else', email: minh.email.toUpperCase() })]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('trellis: CONFLICT: Someone in the directory already has these details.');
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
      expect(result.stderr).toBe('trellis: VALIDATION: --email: Enter an email address like name@university.edu.\n');
      const date = await runOn([...addArgs(garcia), '--appointment-start', '2020-13-45']);
      expect(date.code).toBe(1);
      expect(date.stderr).toBe('trellis: VALIDATION: --appointment-start: Enter a date as YYYY-MM-DD.\n');
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

    it('reports an unexpected failure as INTERNAL, without the record’s text, and saves nothing', async () => {
      await made.core.call('vault.unlock', { passphrase: testPassphrase });
      made.core.session
        .require()
        .sqlite.exec("CREATE TRIGGER refuse BEFORE INSERT ON faculty BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
      await made.core.close();
      const secret = { ...garcia, name: 'Confidential Person', department: 'Secret Department' };
      const json = await runOn([...addArgs(secret), '--json']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toEqual({
        error: { code: 'INTERNAL', message: 'Something went wrong and nothing was saved. Please try again.' },
      });
      const plain = await runOn(addArgs(secret));
      expect(plain.code).toBe(1);
      expect(plain.stderr).toMatch(/^trellis: INTERNAL: Something went wrong and nothing was saved\./m);
      for (const output of [json.stdout, json.stderr, plain.stdout, plain.stderr])
        expect(output).not.toMatch(/Confidential|Secret|jgarcia|disk says no/);
      const listed = await runOn(['faculty', 'list', '--json']);
      expect((JSON.parse(listed.stdout) as Faculty[]).map((p) => p.name)).toEqual([minh.name]);
    });
  });
});
