import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Core } from '../../../core';
import { isTrellisError } from '../../../common/errors';
import { jsonOption, type CliCommand } from '../../command';
import { withCore } from '../../database';
import { CliError, exitCodes } from '../../failures';
import type { CliIo } from '../../io';
import { printJson, printLines } from '../../output';
import { passphraseEnv } from '../../passphraseEnv';
import { describeBackup } from './describe';
import { backupSecret } from './secret';

/**
 * `trellis backup restore FILE [--yes]`: shows what the backup holds, asks
 * (unless --yes), backs up the current records, then puts the backup's in
 * their place. The current records are unlocked with TRELLIS_PASSPHRASE when
 * they can be (for that backup); damaged ones are only kept aside.
 */
export const backupRestoreCommand: CliCommand = {
  register(backup, action) {
    backup
      .command('restore')
      .description('restore the records from a backup (the current ones are backed up first)')
      .argument('<file>', 'the .trellisbackup file')
      .option('--yes', 'do not ask for confirmation')
      .addOption(jsonOption())
      .action(
        action<{ yes?: boolean; json?: boolean }>(async (cli, { yes, json }, command) => {
          const path = resolve(cli.io.cwd, command.processedArgs[0] as string);
          return withCore(cli, async (core) => {
            const summary = await core.call('backups.inspect', { path });
            if (!json) printLines(cli.io, [`${path} holds:`, ...describeBackup(summary)]);
            if (!yes && !(await confirm(cli.io)))
              throw new CliError('CANCELLED', 'Nothing was restored.', exitCodes.cancelled);
            await unlockCurrentIfPossible(cli.io, core);
            const secret = await backupSecret(cli.io);
            const result = await core.call('backups.restore', { path, ...secret });
            if (json) {
              printJson(cli.io, result);
              return;
            }
            printLines(cli.io, [
              `Restored the records from ${path}.`,
              result.safetyBackup
                ? `The records as they were are backed up in ${result.safetyBackup.path}.`
                : 'The records as they were are kept beside the database for an undo.',
              result.keyFile === 'kept'
                ? 'Today’s passphrase still opens them.'
                : 'They open with the passphrase of the backup (and its recovery key).',
              ...(result.migratedFrom ? [`The backup’s schema ${result.migratedFrom} was brought up to date.`] : []),
            ]);
          });
        }),
      );
  },
};

async function confirm(io: CliIo): Promise<boolean> {
  if (io.stdin.isTTY !== true) {
    throw new CliError(
      'CONFIRMATION_REQUIRED',
      'Add --yes to restore without being asked (no terminal to ask on). Nothing was restored.',
    );
  }
  const prompt = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    const answer = await new Promise<string>((done) =>
      prompt.question('Restore these records in place of the current ones? [y/N] ', done),
    );
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

/** Unlocked current records get backed up before the restore; damaged ones cannot be opened, and are kept aside instead. */
async function unlockCurrentIfPossible(io: CliIo, core: Core): Promise<void> {
  const { state } = await core.call('vault.status', {});
  const passphrase = io.env[passphraseEnv];
  if (state !== 'locked' || !passphrase) return;
  try {
    await core.call('vault.unlock', { passphrase });
  } catch (error) {
    if (!isTrellisError(error) || error.code === 'WRONG_PASSPHRASE') throw error;
    io.stderr.write(
      `warning: the current records cannot be opened (${error.message}) They are kept beside the database.\n`,
    );
  }
}
