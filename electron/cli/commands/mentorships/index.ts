import type { CliCommand } from '../../command';
import { mentorshipsListCommand } from './list';

/** `trellis mentorships …` (also `trellis mentorship …`): mentors, sponsors and peers paired in programs. */
export const mentorshipsCommand: CliCommand = {
  register(program, action) {
    const mentorships = program
      .command('mentorships')
      .alias('mentorship')
      .description('mentorships: who mentors, sponsors or peers whom, in which program');
    for (const subcommand of [mentorshipsListCommand]) subcommand.register(mentorships, action);
  },
};
