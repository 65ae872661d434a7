import type { CommandSetup } from '../../command';
import { matrixExportCommand } from './export';
import { matrixShowCommand } from './show';

/** `trellis matrix …`: the role–responsibility matrix, overall or for one program. */
export const matrixCommand: CommandSetup = (matrix, action) => {
  for (const subcommand of [matrixShowCommand, matrixExportCommand]) subcommand.register(matrix, action);
};
