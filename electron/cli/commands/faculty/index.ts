import type { CommandSetup } from '../../command';
import { facultyAddCommand } from './add';
import { facultyListCommand } from './list';

/** `trellis faculty …`: the faculty directory. */
export const facultyCommand: CommandSetup = (faculty, action) => {
  for (const subcommand of [facultyListCommand, facultyAddCommand]) subcommand.register(faculty, action);
};
