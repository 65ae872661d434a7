import type { CommandSetup } from '../../command';
import { mentorshipsListCommand } from './list';

/** `trellis mentorships …` (also `trellis mentorship …`): mentors, sponsors and peers paired in programs. */
export const mentorshipsCommand: CommandSetup = (mentorships, action) => {
  for (const subcommand of [mentorshipsListCommand]) subcommand.register(mentorships, action);
};
