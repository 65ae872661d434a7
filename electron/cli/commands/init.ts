import { keySlotPath } from '../../core';
import { jsonOption, type CommandSetup } from '../command';
import { withCore } from '../database';
import { CliError } from '../failures';
import { printJson, printLines } from '../output';
import { readNewPassphrase } from '../passphrase';
import { passphraseEnv } from '../passphraseEnv';

interface InitOptions {
  json?: boolean;
}

/** `trellis init`: creates the encrypted database and shows its recovery key, once. */
export const initCommand: CommandSetup = (command, action) =>
  command.addOption(jsonOption()).action(
    action<InitOptions>(async (cli, options) =>
      withCore(cli, async (core) => {
        // Refuse before asking for a passphrase twice to no purpose.
        const { state, databasePath } = await core.call('vault.status', {});
        if (state !== 'new')
          throw new CliError(
            'DATABASE_EXISTS',
            `There is already a Trellis database at ${databasePath}. Nothing was changed.`,
          );

        const passphrase = await readNewPassphrase(cli.io, passphraseEnv, 'Choose a passphrase: ');
        const { recoveryKey } = await core.call('vault.create', { passphrase });
        const keyFilePath = keySlotPath(databasePath);

        if (options.json) {
          printJson(cli.io, { databasePath, keyFilePath, recoveryKey });
          // Still said once, out of the way of the JSON on stdout.
          cli.io.stderr.write('trellis: The recovery key is shown only this once. Store it safely now.\n');
          return;
        }
        printLines(cli.io, [
          `Created an encrypted Trellis database at ${databasePath}`,
          `Its key file is ${keyFilePath}. Back up both files together; neither opens without the other.`,
          '',
          'Recovery key:',
          '',
          `    ${recoveryKey}`,
          '',
          'This recovery key is shown only this once. Trellis keeps no copy of it.',
          'Write it down or print it, and store it somewhere safe away from this computer,',
          'such as the office safe. It opens these records if the passphrase is forgotten;',
          'without it, a forgotten passphrase means the records cannot be opened by anyone.',
        ]);
      }),
    ),
  );
