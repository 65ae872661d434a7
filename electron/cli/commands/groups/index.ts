import type { CliCommand } from '../../command';
import { groupsAddMemberCommand } from './addMember';
import { groupsListCommand } from './list';

/** `trellis groups …` (also `trellis group …`): peer mentoring groups. */
export const groupsCommand: CliCommand = {
  register(program, action) {
    const groups = program
      .command('groups')
      .alias('group')
      .description('peer mentoring groups: list them and add members');
    for (const subcommand of [groupsListCommand, groupsAddMemberCommand]) subcommand.register(groups, action);
  },
};
