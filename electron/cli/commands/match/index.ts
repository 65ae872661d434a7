import type { CommandSetup } from '../../command';
import { matchCohortCommand } from './cohort';
import { matchSuggestCommand } from './suggest';
import { matchUndoCommand } from './undo';

/** `trellis match …`: finding mentors for one person or a whole cohort. */
export const matchCommand: CommandSetup = (match, action) => {
  for (const subcommand of [matchSuggestCommand, matchCohortCommand, matchUndoCommand])
    subcommand.register(match, action);
};
