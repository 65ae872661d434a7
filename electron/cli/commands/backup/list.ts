import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { formatTable, printJson, printLines } from '../../output';
import { localTime, megabytes } from './describe';

/** `trellis backup list`: this database's backups in the backups folder, newest first. */
export const backupListCommand: CliCommand = {
  register(backup, action) {
    backup
      .command('list')
      .description('list the backups of these records in the backups folder, newest first')
      .addOption(jsonOption())
      .action(
        action<{ json?: boolean }>(async (cli, { json }) => {
          const listed = await withUnlockedCore(cli, (core) => core.call('backups.list', {}));
          if (json) {
            printJson(cli.io, listed);
            return;
          }
          const rows = listed.backups.map((b) => [
            localTime(b.createdAt),
            megabytes(b.bytes),
            String(b.counts.faculty ?? 0),
            b.reason,
            b.fileName,
          ]);
          printLines(cli.io, [
            `Backups in ${listed.folder}`,
            ...(rows.length ? formatTable(['Made', 'Size', 'Faculty', 'Why', 'File'], rows) : ['(none yet)']),
            ...listed.unreadable.map((name) => `could not read: ${name}`),
          ]);
        }),
      );
  },
};
