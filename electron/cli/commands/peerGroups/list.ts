import { Option } from 'commander';
import {
  groupPhaseLabels,
  groupStatuses,
  type GroupStatus,
  type PeerGroupRow,
} from '../../../core/peerGroups/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { oneOf, recordIdArg } from '../../optionParsers';
import { formatTable, printJson, printLines } from '../../output';
import { emailAdder } from '../../people';

interface ListOptions {
  program?: number;
  status?: GroupStatus;
  json?: boolean;
}

export const peerGroupsListCommand: CliCommand = {
  register(parent, action) {
    parent
      .command('list')
      .description('list peer mentoring groups with their members and facilitator')
      .addOption(new Option('--program <id>', 'only this program (its id)').argParser(recordIdArg))
      .addOption(new Option('--status <status>', groupStatuses.join(', ')).argParser(oneOf(groupStatuses)))
      .addOption(jsonOption())
      .action(
        action<ListOptions>(async (cli, { json, program, status }) => {
          const groups = await withUnlockedCore(cli, async (core) => {
            const found = await core.call('peerGroups.list', { programId: program, status });
            if (!json) return found;
            // The facilitator's email, the key `documents letter --faculty` takes.
            const withEmail = await emailAdder(core);
            return found.map((group) => ({ ...group, facilitator: group.facilitator && withEmail(group.facilitator) }));
          });
          if (json) {
            printJson(cli.io, groups);
            return;
          }
          if (groups.length === 0) {
            printLines(cli.io, ['No peer groups match.']);
            return;
          }
          printLines(cli.io, [...groupTable(groups), '', groups.length === 1 ? '1 group' : `${groups.length} groups`]);
        }),
      );
  },
};

function groupTable(groups: PeerGroupRow[]): string[] {
  return formatTable(
    ['Id', 'Name', 'Program', 'Members', 'Facilitator', 'Phase', 'Status', 'Last meeting'],
    groups.map((group) => [
      String(group.id),
      group.name,
      group.program.name,
      `${group.memberCount} of ${group.maxMembers}`,
      group.facilitator?.name ?? (group.facilitated ? 'none yet' : 'not facilitated'),
      groupPhaseLabels[group.phase],
      group.status,
      group.lastMeetingOn ?? 'none',
    ]),
  );
}
