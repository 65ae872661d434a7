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

/** A subcommand (`faculty list`): adds itself to its parent command. */
export interface CliCommand {
  register(parent: Command, action: ActionAdapter): void;
}

/** Fills in a top-level command created from its entry: its options and action, or its subcommands. */
export type CommandSetup = (command: Command, action: ActionAdapter) => void;

/**
 * A top-level command, listed in `commands/index.ts` with what `trellis
 * --help` shows of it. Its module is loaded only when the command runs or
 * its own help is asked for, so starting `trellis` never loads what other
 * commands need.
 */
export interface TopLevelCommand {
  name: string;
  aliases?: string[];
  description: string;
  /** Old names kept working for scripts, but left out of the help. */
  hidden?: boolean;
  load(): Promise<CommandSetup>;
}

/** The same `--json` flag on every command that prints something. */
export function jsonOption(): Option {
  return new Option('--json', 'print JSON (for scripts) instead of text');
}
