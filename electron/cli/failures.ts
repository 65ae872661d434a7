import { CommanderError, type Command } from 'commander';
import { TrellisError } from '../common/errors';
import type { CliIo } from './io';

/** Exit codes scripts can rely on. */
export const exitCodes = {
  ok: 0,
  /** Something the user can meet and fix: wrong passphrase, a duplicate email, a missing file. */
  failed: 1,
  /** The command line itself was wrong: unknown command or option, a missing required option. */
  usage: 2,
  /** The user pressed Ctrl-C (or closed input) at a prompt; 128 + SIGINT, as shells do. */
  cancelled: 130,
} as const;

/** A plain-language failure found by the command line itself (before or around the core). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The user stopped a prompt with Ctrl-C or end of input. */
export class PromptCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'PromptCancelled';
  }
}

/**
 * Writes a failure to stderr in plain words and returns the exit code.
 *
 * Only messages written for people are printed: TrellisError and CliError
 * messages never contain confidential text. Anything else may quote record
 * values (an SQLite message can), so only its kind is shown, and its stack
 * only when TRELLIS_DEBUG=1 is set by someone debugging on their own machine.
 */
export function reportFailure(error: unknown, io: CliIo, command?: Command): number {
  const say = (line: string) => io.stderr.write(`trellis: ${line}\n`);

  if (error instanceof CommanderError) {
    // Commander has already printed its message (see configureOutput in program.ts).
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  }
  if (error instanceof PromptCancelled) {
    say(error.message);
    return exitCodes.cancelled;
  }
  if (error instanceof CliError) {
    say(error.message);
    return error.exitCode;
  }
  if (error instanceof TrellisError) {
    const fields = Object.entries(error.fields ?? {});
    const [only] = fields;
    if (fields.length === 1 && only && only[1] === error.message) {
      // A single-field error already is that field's message: say which field.
      say(`${fieldLabel(only[0], command)}: ${error.message}`);
      return exitCodes.failed;
    }
    say(error.message);
    for (const [field, message] of fields) io.stderr.write(`  ${fieldLabel(field, command)}: ${message}\n`);
    return exitCodes.failed;
  }
  say(`Something went wrong (${error instanceof Error ? error.name : typeof error}). Nothing further was changed.`);
  if (io.env.TRELLIS_DEBUG === '1' && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return exitCodes.failed;
}

/**
 * Names a contract field the way the user typed it: `employeeId` becomes
 * `--employee-id` when the command has that option, else stays a plain word.
 */
export function fieldLabel(field: string, command?: Command): string {
  const head = field.split('.')[0] ?? field;
  const flag = `--${head.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return command?.options.some((option) => option.long === flag) ? flag : head;
}
