import type { CliCommand } from '../../command';
import { backupCreateCommand } from './create';
import { backupListCommand } from './list';
import { backupRestoreCommand } from './restore';
import { backupVerifyCommand } from './verify';

/** `trellis backup …`: take, list, check and restore backups of the encrypted records. */
export const backupCommand: CliCommand = {
  register(program, action) {
    const backup = program.command('backup').description('back up the records, list and check backups, restore one');
    for (const subcommand of [backupCreateCommand, backupListCommand, backupVerifyCommand, backupRestoreCommand])
      subcommand.register(backup, action);
  },
};
