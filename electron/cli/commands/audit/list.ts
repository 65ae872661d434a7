import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { formatTable, printJson, printLines } from '../../output';

interface ListOptions {
  staff?: string;
  operation?: string;
  since?: string;
  until?: string;
  limit?: string;
  json?: boolean;
}

/** `trellis audit list`: who did what to which record, and when — newest first; never a record's content. */
export const auditListCommand: CliCommand = {
  register(audit, action) {
    audit
      .command('list')
      .description('who did what to which record, and when, newest first (never the record’s content)')
      .option('--staff <name>', 'only what this person did (the name the entries show)')
      .option('--operation <op>', 'only this operation (faculty.update) or domain (faculty)')
      .option('--since <date>', 'from this day on (YYYY-MM-DD, UTC)')
      .option('--until <date>', 'up to and including this day (YYYY-MM-DD, UTC)')
      .option('--limit <n>', 'at most this many entries (default 100)')
      .addOption(jsonOption())
      .action(
        action<ListOptions>(async (cli, options) => {
          const listed = await withUnlockedCore(cli, (core) =>
            core.call('audit.list', {
              actor: options.staff,
              operation: options.operation,
              since: options.since,
              until: options.until,
              limit: options.limit === undefined ? 100 : Number(options.limit),
            }),
          );
          if (options.json) return printJson(cli.io, listed);
          const rows = listed.rows.map((e) => [
            `#${e.id}`,
            e.at,
            e.actor,
            e.operation,
            `${e.recordType} ${e.recordId}`,
          ]);
          printLines(cli.io, [
            ...(rows.length ? formatTable(['Entry', 'When (UTC)', 'Who', 'What', 'Record'], rows) : ['(no entries)']),
            ...(listed.total > rows.length ? [`${rows.length} of ${listed.total} entries shown.`] : []),
          ]);
        }),
      );
  },
};
