import { Option } from 'commander';
import { recordIdArg } from '../../optionParsers';
import { documentCommand } from './documentCommand';

/** `trellis documents group-commitment --group ID --out FILE` */
export const documentsGroupCommitmentCommand = documentCommand<{ group: number }>({
  name: 'group-commitment',
  description: 'write the commitment form the members of a peer group sign',
  options: (command) =>
    command.addOption(
      new Option('--group <id>', 'the group’s id (see "trellis peer-groups list")')
        .argParser(recordIdArg)
        .makeOptionMandatory(),
    ),
  generate: (core, { group }) => core.call('documents.groupCommitment', { groupId: group }),
});
