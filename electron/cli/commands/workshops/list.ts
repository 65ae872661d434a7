import { Option } from 'commander';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { workshopTable } from './format';

export const workshopsListCommand: CliCommand = {
  register(workshops, action) {
    workshops
      .command('list')
      .description('list speed peer-mentoring workshops, newest first')
      .addOption(new Option('--program <id>', 'only this program (its id)').argParser(recordIdArg))
      .addOption(jsonOption())
      .action(
        action<{ program?: number; json?: boolean }>(async (cli, { program, json }) => {
          const rows = await withUnlockedCore(cli, (core) => core.call('workshops.list', { programId: program }));
          if (json) printJson(cli.io, rows);
          else if (rows.length === 0) printLines(cli.io, ['No workshops yet.']);
          else
            printLines(cli.io, [
              ...workshopTable(rows),
              '',
              rows.length === 1 ? '1 workshop' : `${rows.length} workshops`,
            ]);
        }),
      );
  },
};
