import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

// Usage errors stop before any file is touched; this folder only keeps HOME away from real data.
describe('usage errors exit with code 2 and say what was wrong', { timeout: 60_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  beforeAll(() => (home = tempDir('trellis-cli-usage-')));
  afterAll(() => home.remove());
  const run = (args: string[]) => runTrellis(args, { home: home.path, env: {} });

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
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^trellis: USAGE: /);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('with --json, reports a usage error as {"error": {"code": "USAGE", …}} on stdout', async () => {
    const unknown = await run(['bogus', '--json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('');
    expect(JSON.parse(unknown.stdout)).toEqual({ error: { code: 'USAGE', message: "unknown command 'bogus'" } });

    const missing = await run(['peer-groups', 'add-member', '--faculty', 'a@b.edu', '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('');
    expect(JSON.parse(missing.stdout)).toEqual({
      error: { code: 'USAGE', message: "required option '--group <id>' not specified" },
    });
  });

  it('--help and --version succeed; the help lists every command without its old names', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: trellis/);
    for (const command of ['init', 'status', 'passwd', 'faculty', 'peer-groups', 'documents', 'awards'])
      expect(help.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    expect(help.stdout).not.toMatch(/^ {2}(pdf|groups?)\b/m);
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('shows the help of a command, loaded only when asked for, by --help or by help COMMAND', async () => {
    const [flag, word, packets] = await Promise.all([
      run(['documents', '--help']),
      run(['help', 'documents']),
      run(['awards', 'packets', '--help']),
    ]);
    for (const result of [flag, word]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: trellis documents /);
      for (const document of ['agreement', 'group-commitment', 'letter'])
        expect(result.stdout).toMatch(new RegExp(`^ {2}${document} \\[options\\]`, 'm'));
    }
    expect(packets.code).toBe(0);
    expect(packets.stdout).toMatch(/--cycle <id>/);
    expect(packets.stdout).toMatch(/--per-nominee/);
  });
});
