import { Option } from 'commander';
import { nominationStatusLabels } from '../../../core/awards/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { formatTable, printJson, printLines } from '../../output';
import { emailAdder } from '../../people';

/** `trellis awards list --cycle ID`: a cycle's nominations, by nominee. */
export const awardsListCommand: CliCommand = {
  register(awards, action) {
    awards
      .command('list')
      .description('list the nominations of a cycle')
      .addOption(
        new Option('--cycle <id>', 'the cycle’s id (see "trellis awards cycles")')
          .argParser(recordIdArg)
          .makeOptionMandatory(),
      )
      .addOption(jsonOption())
      .action(
        action<{ cycle: number; json?: boolean }>(async (cli, { cycle, json }) => {
          const rows = await withUnlockedCore(cli, async (core) => {
            const found = await core.call('awards.nominations.list', { cycleId: cycle });
            if (!json) return found;
            // Emails, the keys `awards nominate` and `documents letter` take.
            const withEmail = await emailAdder(core);
            return found.map((row) => ({
              ...row,
              nominee: withEmail(row.nominee),
              nominator: withEmail(row.nominator),
            }));
          });
          if (json) {
            printJson(cli.io, rows);
            return;
          }
          if (rows.length === 0) {
            printLines(cli.io, ['No nominations in this cycle yet. Add one with "trellis awards nominate".']);
            return;
          }
          printLines(cli.io, [
            ...formatTable(
              ['Id', 'Nominee', 'Department', 'Nominator', 'Status', 'Letters', 'Warnings'],
              rows.map((r) => [
                String(r.id),
                r.nominee.name,
                r.nominee.department,
                r.nominator.name,
                nominationStatusLabels[r.status],
                String(r.letterCount),
                String(r.warnings.length || ''),
              ]),
            ),
            '',
            rows.length === 1 ? '1 nomination' : `${rows.length} nominations`,
          ]);
        }),
      );
  },
};
