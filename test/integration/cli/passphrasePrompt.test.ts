import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { CliError, PromptCancelled } from '../../../electron/cli/failures';
import { askHidden } from '../../../electron/cli/hiddenPrompt';
import type { CliIo } from '../../../electron/cli/io';
import { readNewPassphrase, readPassphrase } from '../../../electron/cli/passphrase';
import { runCli } from '../../../electron/cli/program';
import { createTempCore } from '../../support/tempCore';

/**
 * The prompt is driven in-process through a stand-in terminal: a stdin that
 * says it is a TTY and records raw-mode switches, and a stderr that records
 * everything shown. What the "user" types must never appear in what is shown.
 */
function fakeTerminal(env: Record<string, string> = {}) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() });
  const stderr = new PassThrough();
  const stdout = new PassThrough();
  let shown = '';
  let printed = '';
  stderr.setEncoding('utf8').on('data', (chunk: string) => (shown += chunk));
  stdout.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  const io: CliIo = { stdin, stdout, stderr, env, cwd: process.cwd() };

  /** Types `keys` once `question` has been shown for the `nth` time. */
  async function typeAfter(question: string, keys: string, nth = 1): Promise<void> {
    while (shown.split(question).length - 1 < nth) await new Promise((resolve) => setImmediate(resolve));
    stdin.write(keys);
  }
  return { io, stdin, shown: () => shown, printed: () => printed, typeAfter };
}

describe('the hidden passphrase prompt', () => {
  it('reads a line without echoing it, with the terminal in raw mode while asking', async () => {
    const terminal = fakeTerminal();
    const answer = askHidden('Passphrase: ', terminal.io);
    await terminal.typeAfter('Passphrase: ', 'correct horse battery\r');
    await expect(answer).resolves.toBe('correct horse battery');
    expect(terminal.shown()).toContain('Passphrase: ');
    expect(terminal.shown()).not.toMatch(/correct|horse|battery|\*/);
    expect(terminal.stdin.setRawMode).toHaveBeenNthCalledWith(1, true);
    expect(terminal.stdin.setRawMode).toHaveBeenLastCalledWith(false);
  });

  it('keeps typing corrections (backspace) hidden too', async () => {
    const terminal = fakeTerminal();
    const answer = askHidden('Passphrase: ', terminal.io);
    await terminal.typeAfter('Passphrase: ', 'secrex\x7ft words\r');
    await expect(answer).resolves.toBe('secret words');
    expect(terminal.shown()).not.toMatch(/secre|words/);
  });

  it('is cancelled by Ctrl-C', async () => {
    const terminal = fakeTerminal();
    const answer = askHidden('Passphrase: ', terminal.io);
    await terminal.typeAfter('Passphrase: ', 'half typed\x03');
    await expect(answer).rejects.toBeInstanceOf(PromptCancelled);
    expect(terminal.shown()).not.toContain('half typed');
  });

  it('is cancelled by end of input (Ctrl-D on an empty line)', async () => {
    const terminal = fakeTerminal();
    const answer = askHidden('Passphrase: ', terminal.io);
    await terminal.typeAfter('Passphrase: ', '\x04');
    await expect(answer).rejects.toBeInstanceOf(PromptCancelled);
  });
});

describe('where passphrases come from', () => {
  it('prefers TRELLIS_PASSPHRASE to the prompt, for scripts run from a terminal', async () => {
    const terminal = fakeTerminal({ TRELLIS_PASSPHRASE: 'from the environment' });
    await expect(readPassphrase(terminal.io)).resolves.toBe('from the environment');
    expect(terminal.shown()).toBe('');
  });

  it('treats an empty TRELLIS_PASSPHRASE as unset and, with no terminal, says what to do', async () => {
    const io: CliIo = { ...fakeTerminal().io, stdin: new PassThrough(), env: { TRELLIS_PASSPHRASE: '' } };
    const failure = readPassphrase(io);
    await expect(failure).rejects.toBeInstanceOf(CliError);
    await expect(failure).rejects.toThrow('Set TRELLIS_PASSPHRASE');
  });

  it('asks for a new passphrase twice and accepts it when both match', async () => {
    const terminal = fakeTerminal();
    const chosen = readNewPassphrase(terminal.io, 'TRELLIS_NEW_PASSPHRASE');
    await terminal.typeAfter('New passphrase: ', 'a good long passphrase\r');
    await terminal.typeAfter('Type it again: ', 'a good long passphrase\r');
    await expect(chosen).resolves.toBe('a good long passphrase');
    expect(terminal.shown()).not.toContain('good long');
  });

  it('refuses a new passphrase typed differently the second time', async () => {
    const terminal = fakeTerminal();
    const chosen = readNewPassphrase(terminal.io, 'TRELLIS_NEW_PASSPHRASE');
    await terminal.typeAfter('New passphrase: ', 'a good long passphrase\r');
    await terminal.typeAfter('Type it again: ', 'a good long passphrasf\r');
    await expect(chosen).rejects.toThrow('The two passphrases do not match. Nothing was changed.');
  });

  it('refuses a short new passphrase before asking for it again', async () => {
    const terminal = fakeTerminal();
    const chosen = readNewPassphrase(terminal.io, 'TRELLIS_NEW_PASSPHRASE');
    await terminal.typeAfter('New passphrase: ', 'short\r');
    await expect(chosen).rejects.toThrow('Use at least 10 characters');
    expect(terminal.shown()).not.toContain('Type it again');
  });
});

describe('a command whose passphrase prompt is cancelled', () => {
  it('exits with 130 and CANCELLED, in words on stderr or as JSON on stdout', async () => {
    const made = await createTempCore();
    await made.core.close();
    try {
      const plain = fakeTerminal();
      const plainRun = runCli(['--db', made.databasePath, 'status'], plain.io);
      await plain.typeAfter('Passphrase: ', '\x03');
      expect(await plainRun).toBe(130);
      expect(plain.shown()).toMatch(/trellis: CANCELLED: Cancelled\.\n$/);
      expect(plain.printed()).toBe('');

      const json = fakeTerminal();
      const jsonRun = runCli(['--db', made.databasePath, 'status', '--json'], json.io);
      await json.typeAfter('Passphrase: ', '\x03');
      expect(await jsonRun).toBe(130);
      expect(JSON.parse(json.printed())).toEqual({ error: { code: 'CANCELLED', message: 'Cancelled.' } });
      expect(json.shown()).not.toContain('CANCELLED');
    } finally {
      await made.dispose();
    }
  });
});
