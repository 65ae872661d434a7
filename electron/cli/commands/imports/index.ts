import type { CommandSetup } from '../../command';
import { importListCommand } from './list';
import { importRosterCommand } from './roster';
import { importSurveyCommand } from './survey';
import { importUndoCommand } from './undo';

/** `trellis import …` (also `trellis imports …`): rosters and survey exports from spreadsheets. */
export const importCommand: CommandSetup = (imports, action) => {
  for (const subcommand of [importRosterCommand, importSurveyCommand, importListCommand, importUndoCommand])
    subcommand.register(imports, action);
};
