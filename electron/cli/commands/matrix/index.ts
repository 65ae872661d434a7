import type { CliCommand } from '../../command';
import { matrixExportCommand } from './export';
import { matrixShowCommand } from './show';

/** `trellis matrix …`: the role–responsibility matrix, overall or for one program. */
export const matrixCommand: CliCommand = {
  register(program, action) {
    const matrix = program
      .command('matrix')
      .description('the role–responsibility matrix: show it, or export it as PDF or Excel');
    for (const subcommand of [matrixShowCommand, matrixExportCommand]) subcommand.register(matrix, action);
  },
};
