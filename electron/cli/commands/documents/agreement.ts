import { Option } from 'commander';
import { recordIdArg } from '../../optionParsers';
import { documentCommand } from './documentCommand';

/** `trellis documents agreement --mentorship ID --out FILE` */
export const documentsAgreementCommand = documentCommand<{ mentorship: number }>({
  name: 'agreement',
  description: 'write the Mentoring Partnership Agreement of a mentorship',
  options: (command) =>
    command.addOption(
      new Option('--mentorship <id>', 'the mentorship’s id (see "trellis mentorships list")')
        .argParser(recordIdArg)
        .makeOptionMandatory(),
    ),
  generate: (core, { mentorship }) => core.call('documents.agreement', { mentorshipId: mentorship }),
});
