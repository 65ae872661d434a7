import { Option } from 'commander';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { isoDateArg, recordIdArg } from '../../optionParsers';
import { namedByOption, personByEmail } from '../../people';
import { printJson, printLines } from '../../output';

interface AddMemberOptions {
  group: number;
  faculty: string;
  joined?: string;
  agreedAttendance?: boolean;
  agreedConfidentiality?: boolean;
  json?: boolean;
}

export const peerGroupsAddMemberCommand: CliCommand = {
  register(parent, action) {
    parent
      .command('add-member')
      .description('add a person to a peer group (refused when the group is full)')
      .addOption(
        new Option('--group <id>', 'the group’s id (see "trellis peer-groups list")')
          .argParser(recordIdArg)
          .makeOptionMandatory(),
      )
      .requiredOption('--faculty <email>', 'the person’s email address in the faculty directory')
      .addOption(new Option('--joined <date>', 'date they joined, YYYY-MM-DD (default: today)').argParser(isoDateArg))
      .option('--agreed-attendance', 'they agreed to commit to attending')
      .option('--agreed-confidentiality', 'they agreed to keep what is said in the group confidential')
      .addOption(jsonOption())
      .action(
        action<AddMemberOptions>(async (cli, options) => {
          const { person, group } = await withUnlockedCore(cli, async (core) => {
            const found = await personByEmail(core, options.faculty);
            const updated = await core
              .call('peerGroups.addMember', {
                groupId: options.group,
                facultyId: found.id,
                joinedOn: options.joined,
                agreedAttendance: options.agreedAttendance ?? false,
                agreedConfidentiality: options.agreedConfidentiality ?? false,
              })
              .catch((error: unknown) => {
                throw namedByOption(error, optionForField);
              });
            return { person: found, group: updated };
          });
          if (options.json) {
            printJson(cli.io, group);
            return;
          }
          printLines(cli.io, [
            `Added ${person.name} to ${group.name} (${group.memberCount} of ${group.maxMembers} members).`,
            ...group.warnings.map((warning) => `Note: ${warning.message}`),
          ]);
        }),
      );
  },
};

/** The contract's field names → this command's options, so a message says "--faculty: …" rather than "facultyId: …". */
const optionForField: Record<string, string> = {
  groupId: 'group',
  facultyId: 'faculty',
  joinedOn: 'joined',
  agreedAttendance: 'agreedAttendance',
  agreedConfidentiality: 'agreedConfidentiality',
};
