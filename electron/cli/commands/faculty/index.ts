import type { CliCommand } from '../../command';
import { facultyAddCommand } from './add';
import { facultyListCommand } from './list';

/** `trellis faculty …`: the faculty directory. */
export const facultyCommand: CliCommand = {
  register(program, action) {
    const faculty = program.command('faculty').description('the faculty directory: list and add people');
    for (const subcommand of [facultyListCommand, facultyAddCommand]) subcommand.register(faculty, action);
  },
};
