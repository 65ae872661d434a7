import type { CliCommand } from '../../command';
import { importListCommand } from './list';
import { importRosterCommand } from './roster';
import { importSurveyCommand } from './survey';
import { importUndoCommand } from './undo';

/** `trellis import …` (also `trellis imports …`): rosters and survey exports from spreadsheets. */
export const importCommand: CliCommand = {
  register(program, action) {
    const imports = program
      .command('import')
      .alias('imports')
      .description('import a faculty roster or survey responses from .xlsx/.csv; list and undo imports');
    for (const subcommand of [importRosterCommand, importSurveyCommand, importListCommand, importUndoCommand])
      subcommand.register(imports, action);
  },
};
