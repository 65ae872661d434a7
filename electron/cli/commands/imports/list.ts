import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { formatTable, printJson, printLines } from '../../output';

interface ListOptions {
  json?: boolean;
}

/** `trellis import list`: earlier imports, newest first. */
export const importListCommand: CliCommand = {
  register(imports, action) {
    imports
      .command('list')
      .description('list earlier imports, newest first, with their counts')
      .addOption(jsonOption())
      .action(
        action<ListOptions>(async (cli, { json }) => {
          const batches = await withUnlockedCore(cli, (core) => core.call('imports.list', { limit: 500 }));
          if (json) {
            printJson(cli.io, batches);
            return;
          }
          if (batches.length === 0) {
            printLines(cli.io, ['No imports yet. Start with "trellis import roster FILE".']);
            return;
          }
          printLines(
            cli.io,
            formatTable(
              ['Id', 'Kind', 'File', 'Imported', 'By', 'Rows', 'Added', 'Updated', 'Undone'],
              batches.map((b) => [
                String(b.id),
                b.kind,
                b.fileName,
                b.createdAt.slice(0, 16).replace('T', ' '),
                b.actor,
                String(b.counts.rows),
                String(b.counts.inserted),
                String(b.counts.updated),
                b.undoneAt ? b.undoneAt.slice(0, 10) : '',
              ]),
            ),
          );
        }),
      );
  },
};
