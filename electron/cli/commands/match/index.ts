import type { CliCommand } from '../../command';
import { matchCohortCommand } from './cohort';
import { matchSuggestCommand } from './suggest';
import { matchUndoCommand } from './undo';

/** `trellis match …`: finding mentors for one person or a whole cohort. */
export const matchCommand: CliCommand = {
  register(program, action) {
    const match = program.command('match').description('find mentors: suggestions for one person, or a whole cohort');
    for (const subcommand of [matchSuggestCommand, matchCohortCommand, matchUndoCommand])
      subcommand.register(match, action);
  },
};
