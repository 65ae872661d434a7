import { resolve } from 'node:path';
import { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import type { ActionAdapter, CliContext, CommandAction, CommandSetup, TopLevelCommand } from './command';
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
  // A usage error is found before any option is parsed; --json anywhere still asks for a JSON report of it.
  const jsonAsked = args.includes('--json');

  const action: ActionAdapter =
    <Options>(work: CommandAction<Options>) =>
    async (...commanderArgs: unknown[]) => {
      const command = commanderArgs[commanderArgs.length - 1] as Command;
      const options = command.opts();
      try {
        const cli = await contextFor(command.optsWithGlobals<GlobalOptions>(), io);
        exitCode = (await work(cli, options as Options, command)) ?? exitCodes.ok;
      } catch (error) {
        exitCode = reportFailure(error, io, { json: options.json === true, command });
      }
    };

  try {
    await buildProgram(io, action, jsonAsked).parseAsync(args, { from: 'user' });
  } catch (error) {
    exitCode = reportFailure(error, io, { json: jsonAsked });
  }
  return exitCode;
}

function buildProgram(io: CliIo, action: ActionAdapter, json: boolean): Command {
  const program = new Command('trellis')
    .description('Trellis: confidential faculty mentoring records, from the command line.')
    .version(packageJson.version, '-V, --version')
    .option('--db <path>', 'the database file (default: the Trellis app’s own, in its user-data folder)')
    // Set before any command is added, so every subcommand inherits them.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // With --json the failure is reported on stdout instead (see reportFailure).
      outputError: (text, write) => {
        if (!json) write(text.replace(/^error: /, 'trellis: USAGE: '));
      },
    })
    .showHelpAfterError(json ? false : '(run with --help for usage)')
    .addHelpText(
      'after',
      [
        '',
        'The passphrase is read from TRELLIS_PASSPHRASE, or asked for when run in a terminal.',
        'Exit codes: 0 done, 1 failed, 2 wrong usage, 130 cancelled. A failure is reported on stderr',
        'as "trellis: CODE: reason", or with --json as {"error": {"code", "message", "fields"}} on stdout.',
      ].join('\n'),
    );

  const setups = new Map<Command, TopLevelCommand>();
  for (const entry of commands) {
    const command = program.command(entry.name, { hidden: entry.hidden }).description(entry.description);
    for (const alias of entry.aliases ?? []) command.alias(alias);
    setups.set(command, entry);
  }
  /** Loads a command's module the first time it is needed: to run it, or to show its help. */
  const load = async (command: Command) => {
    const entry = setups.get(command);
    if (!entry) return;
    setups.delete(command);
    const setup: CommandSetup = await entry.load();
    setup(command, action);
  };
  program.hook('preSubcommand', (_program, command) => load(command));

  // Commander's own `help COMMAND` shows a command's help without dispatching to it, so before it is loaded.
  program
    .command('help [command]')
    .description('display help for command')
    .action(async (name?: string) => {
      const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name ?? ''));
      if (name === undefined) return program.help();
      if (!command) return program.help({ error: true });
      await load(command);
      command.help();
    });
  return program;
}

async function contextFor(globals: GlobalOptions, io: CliIo): Promise<CliContext> {
  if (globals.db) return { io, databasePath: resolve(io.cwd, globals.db) };
  // The database the desktop app opens, so both work on the same records by default.
  const { databasePathIn, defaultUserDataDir } = await import('../core');
  return { io, databasePath: databasePathIn(defaultUserDataDir(process.platform, io.env)) };
}
