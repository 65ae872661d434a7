import { resolve } from 'node:path';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { printJson, printLines } from '../../output';
import { describeBackup, megabytes } from './describe';

/** `trellis backup create [--to FOLDER|FILE]`: one backup now, into the backups folder or anywhere. */
export const backupCreateCommand: CliCommand = {
  register(backup, action) {
    backup
      .command('create')
      .description('back up the records now (into the backups folder, or --to a folder or file)')
      .option('--to <folder|file>', 'a folder (the file is named by date) or a .trellisbackup file')
      .addOption(jsonOption())
      .action(
        action<{ to?: string; json?: boolean }>(async (cli, { to, json }) => {
          const entry = await withUnlockedCore(cli, (core) =>
            core.call('backups.create', to ? { path: resolve(cli.io.cwd, to) } : {}),
          );
          if (json) printJson(cli.io, entry);
          else printLines(cli.io, [`Backed up to ${entry.path} (${megabytes(entry.bytes)})`, ...describeBackup(entry)]);
        }),
      );
  },
};
