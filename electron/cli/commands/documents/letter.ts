import { Option } from 'commander';
import { isoDateArg } from '../../optionParsers';
import { personByEmail } from '../../people';
import { documentCommand } from './documentCommand';

/** `trellis documents letter --faculty EMAIL --from YYYY-MM-DD --to YYYY-MM-DD --out FILE` */
export const documentsLetterCommand = documentCommand<{ faculty: string; from: string; to: string }>({
  name: 'letter',
  description: 'write a Service Portfolio letter documenting a faculty member’s mentoring in a period',
  options: (command) =>
    command
      .requiredOption('--faculty <email>', 'the faculty member’s email address in the directory')
      .addOption(
        new Option('--from <date>', 'first day of the period, YYYY-MM-DD').argParser(isoDateArg).makeOptionMandatory(),
      )
      .addOption(
        new Option('--to <date>', 'last day of the period, YYYY-MM-DD').argParser(isoDateArg).makeOptionMandatory(),
      ),
  generate: async (core, { faculty, from, to }) => {
    const person = await personByEmail(core, faculty);
    return core.call('documents.serviceLetter', { facultyId: person.id, from, to });
  },
});
