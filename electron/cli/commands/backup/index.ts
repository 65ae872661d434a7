import type { CommandSetup } from '../../command';
import { backupCreateCommand } from './create';
import { backupListCommand } from './list';
import { backupRestoreCommand } from './restore';
import { backupVerifyCommand } from './verify';

/** `trellis backup …`: take, list, check and restore backups of the encrypted records. */
export const backupCommand: CommandSetup = (backup, action) => {
  for (const subcommand of [backupCreateCommand, backupListCommand, backupVerifyCommand, backupRestoreCommand])
    subcommand.register(backup, action);
};
