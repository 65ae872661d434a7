import { CommanderError, type Command } from 'commander';
import { TrellisError, type ErrorCode, type FieldErrors } from '../common/errors';
import type { CliIo } from './io';
import { printJson } from './output';

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

/**
 * Codes of failures the command line finds itself, beside the core's
 * (electron/common/errors.ts), which it also uses where one fits
 * (NOT_FOUND, VALIDATION, DATABASE_MISSING…).
 */
export type CliErrorCode =
  | ErrorCode
  /** The command line was wrong (exit 2). */
  | 'USAGE'
  /** A prompt was stopped with Ctrl-C or end of input, or a long run was cancelled (exit 130). */
  | 'CANCELLED'
  /** No TRELLIS_PASSPHRASE and no terminal to ask in. */
  | 'PASSPHRASE_REQUIRED'
  /** Something to confirm (a restore) without --yes, and no terminal to ask on. */
  | 'CONFIRMATION_REQUIRED'
  | 'FILE_UNREADABLE'
  /** A name matches several records; an option (such as --year) chooses one. */
  | 'AMBIGUOUS';

/** A plain-language failure found by the command line itself (before or around the core). */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
    readonly exitCode: number = exitCodes.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The user stopped a prompt with Ctrl-C or end of input. */
export class PromptCancelled extends CliError {
  constructor() {
    super('CANCELLED', 'Cancelled.', exitCodes.cancelled);
    this.name = 'PromptCancelled';
  }
}

/** A failure as reported: with --json, `{"error": {code, message, fields?}}` on stdout. */
interface Failure {
  code: CliErrorCode;
  message: string;
  fields?: FieldErrors;
  exitCode: number;
}

export interface ReportOptions {
  /** Print `{"error": …}` on stdout instead of plain words on stderr. */
  json: boolean;
  /** The command that failed, to name a field by its option (`--email`). */
  command?: Command;
}

/**
 * Reports a failure and returns the exit code: `trellis: CODE: message` on
 * stderr (a field's own message under it, named by its option), or with
 * --json the same code, message and fields as JSON on stdout.
 *
 * Only messages written for people are shown: TrellisError and CliError
 * messages never contain confidential text. Anything else may quote record
 * values (an SQLite message can), so only its kind is shown, and its stack
 * only when TRELLIS_DEBUG=1 is set by someone debugging on their own machine.
 */
export function reportFailure(error: unknown, io: CliIo, options: ReportOptions): number {
  // --help and --version end parsing with a CommanderError too; they are no failure.
  if (error instanceof CommanderError && error.exitCode === 0) return exitCodes.ok;
  const failure = describeFailure(error);
  if (options.json) {
    printJson(io, { error: { code: failure.code, message: failure.message, fields: failure.fields } });
  } else if (!(error instanceof CommanderError)) {
    // Commander has already printed its own message (see configureOutput in program.ts).
    io.stderr.write(plainLines(failure, options.command));
  }
  const unexpected = !(error instanceof TrellisError || error instanceof CliError || error instanceof CommanderError);
  if (unexpected && io.env.TRELLIS_DEBUG === '1' && error instanceof Error && error.stack) {
    io.stderr.write(`${error.stack}\n`);
  }
  return failure.exitCode;
}

function describeFailure(error: unknown): Failure {
  if (error instanceof CommanderError)
    return { code: 'USAGE', message: usageMessage(error), exitCode: exitCodes.usage };
  if (error instanceof CliError) return { code: error.code, message: error.message, exitCode: error.exitCode };
  if (error instanceof TrellisError) {
    return { code: error.code, message: error.message, fields: error.fields, exitCode: exitCodes.failed };
  }
  const kind = error instanceof Error ? error.name : typeof error;
  return {
    code: 'INTERNAL',
    message: `Something went wrong (${kind}). Nothing further was changed.`,
    exitCode: exitCodes.failed,
  };
}

/** Commander's message without its "error: " prefix; help shown for a missing subcommand has none of its own. */
function usageMessage(error: CommanderError): string {
  if (error.code === 'commander.help') return 'A command is missing: run with --help for the list.';
  return error.message.replace(/^error: /, '');
}

function plainLines({ code, message, fields }: Failure, command: Command | undefined): string {
  const entries = Object.entries(fields ?? {});
  const [only] = entries;
  // A single-field error already is that field's message: say which field instead of repeating it.
  if (entries.length === 1 && only && only[1] === message) {
    return `trellis: ${code}: ${fieldLabel(only[0], command)}: ${message}\n`;
  }
  return [
    `trellis: ${code}: ${message}\n`,
    ...entries.map(([field, text]) => `  ${fieldLabel(field, command)}: ${text}\n`),
  ].join('');
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
