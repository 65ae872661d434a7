import { Option, type Command } from 'commander';
import type { CliIo } from './io';

/** What every command's action receives. */
export interface CliContext {
  io: CliIo;
  /** Absolute path of the database chosen with --db, or the app's own database. */
  databasePath: string;
}

/** A command's work. Returns an exit code when success is not simply 0. */
export type CommandAction<Options> = (cli: CliContext, options: Options, command: Command) => Promise<number | void>;

/** Turns a CommandAction into a commander action: builds the context, reports failures, keeps the exit code. */
export type ActionAdapter = <Options>(work: CommandAction<Options>) => (...commanderArgs: unknown[]) => Promise<void>;

/**
 * A top-level command (with any subcommands). Each lives in its own file in
 * `commands/` and is listed once in `commands/index.ts`.
 */
export interface CliCommand {
  register(program: Command, action: ActionAdapter): void;
}

/** The same `--json` flag on every command that prints something. */
export function jsonOption(): Option {
  return new Option('--json', 'print JSON (for scripts) instead of text');
}
