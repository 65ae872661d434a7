import type { CliCommand } from '../../command';
import { awardsAddLetterCommand } from './addLetter';
import { awardsCycleCreateCommand } from './cycleCreate';
import { awardsCyclesCommand } from './cycles';
import { awardsListCommand } from './list';
import { awardsNominateCommand } from './nominate';

/** `trellis awards …`: award cycles and nominations with their letters. */
export const awardsCommand: CliCommand = {
  register(program, action) {
    const awards = program.command('awards').description('mentoring awards: cycles, nominations and their letters');
    for (const subcommand of [
      awardsCyclesCommand,
      awardsCycleCreateCommand,
      awardsListCommand,
      awardsNominateCommand,
      awardsAddLetterCommand,
    ]) {
      subcommand.register(awards, action);
    }
  },
};
