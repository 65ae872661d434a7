import type { CommandSetup } from '../../command';
import { peerGroupsAddMemberCommand } from './addMember';
import { peerGroupsListCommand } from './list';

/** `trellis peer-groups …` (formerly `groups`/`group`, still accepted): peer mentoring groups. */
export const peerGroupsCommand: CommandSetup = (peerGroups, action) => {
  for (const subcommand of [peerGroupsListCommand, peerGroupsAddMemberCommand]) subcommand.register(peerGroups, action);
};
