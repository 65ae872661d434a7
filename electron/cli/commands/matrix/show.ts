import { Option } from 'commander';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { matrixLayout, matrixText } from './layout';

interface ShowOptions {
  program?: number;
  json?: boolean;
}

export const matrixShowCommand: CliCommand = {
  register(matrix, action) {
    matrix
      .command('show')
      .description('print the matrix: roles, and their responsibilities in each column')
      .addOption(
        new Option('--program <id>', 'with this program’s role holders, statuses and progress').argParser(recordIdArg),
      )
      .addOption(jsonOption())
      .action(
        action<ShowOptions>(async (cli, { program, json }) => {
          const matrix = await withUnlockedCore(cli, (core) => core.call('matrix.get', { programId: program }));
          const layout = matrixLayout(matrix);
          if (json) printJson(cli.io, layout);
          else printLines(cli.io, matrixText(layout));
        }),
      );
  },
};
