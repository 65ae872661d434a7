import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { databasePathIn, defaultUserDataDir } from '../core';
import type { ActionAdapter, CliContext, CommandAction } from './command';
import { commands } from './commands';
import { exitCodes, reportFailure } from './failures';
import type { CliIo } from './io';

interface GlobalOptions {
  db?: string;
}

/**
 * Runs one command line (without the leading `node script`) and returns the
 * exit code: 0 done, 1 a failure the user can fix (message on stderr), 2 the
 * command line itself was wrong, 130 cancelled at a prompt.
 */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let exitCode: number = exitCodes.ok;

  const action: ActionAdapter =
    <Options>(work: CommandAction<Options>) =>
    async (...commanderArgs: unknown[]) => {
      const command = commanderArgs[commanderArgs.length - 1] as Command;
      try {
        const cli = contextFor(command.optsWithGlobals<GlobalOptions>(), io);
        exitCode = (await work(cli, command.opts() as Options, command)) ?? exitCodes.ok;
      } catch (error) {
        exitCode = reportFailure(error, io, command);
      }
    };

  const program = buildProgram(io, action);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    exitCode = reportFailure(error, io);
  }
  return exitCode;
}

function buildProgram(io: CliIo, action: ActionAdapter): Command {
  const program = new Command('trellis')
    .description('Trellis: confidential faculty mentoring records, from the command line.')
    .version(packageJson.version, '-V, --version')
    .option('--db <path>', `the database file (default: the Trellis app’s own, ${defaultDatabasePath(io)})`)
    // Set before any command is added, so every subcommand inherits them.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'trellis: ')),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      [
        '',
        'The passphrase is read from TRELLIS_PASSPHRASE, or asked for when run in a terminal.',
        'Exit codes: 0 done, 1 failed (reason on stderr), 2 wrong usage, 130 cancelled.',
      ].join('\n'),
    );
  for (const command of commands) command.register(program, action);
  return program;
}

function contextFor(globals: GlobalOptions, io: CliIo): CliContext {
  return { io, databasePath: globals.db ? resolve(io.cwd, globals.db) : defaultDatabasePath(io) };
}

/** The database the desktop app opens, so both work on the same records by default. */
function defaultDatabasePath(io: CliIo): string {
  return databasePathIn(defaultUserDataDir(process.platform, io.env));
}
