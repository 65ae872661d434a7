import { resolve } from 'node:path';
import { jsonOption, type CliCommand } from '../../command';
import { withCore } from '../../database';
import { printJson, printLines } from '../../output';
import { describeBackup } from './describe';
import { backupSecret } from './secret';

/** `trellis backup verify FILE`: checksums, unlock, integrity; changes nothing. */
export const backupVerifyCommand: CliCommand = {
  register(backup, action) {
    backup
      .command('verify')
      .description('check a backup all the way (checksums, its passphrase, every page); changes nothing')
      .argument('<file>', 'the .trellisbackup file')
      .addOption(jsonOption())
      .action(
        action<{ json?: boolean }>(async (cli, { json }, command) => {
          const path = resolve(cli.io.cwd, command.processedArgs[0] as string);
          const secret = await backupSecret(cli.io);
          const verified = await withCore(cli, (core) => core.call('backups.verify', { path, ...secret }));
          if (json) printJson(cli.io, verified);
          else
            printLines(cli.io, [
              `${path}: sound (checksums, passphrase and integrity check all ok)`,
              ...describeBackup(verified),
            ]);
        }),
      );
  },
};
