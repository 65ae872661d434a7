import { Option } from 'commander';
import type { FacultyFieldsInput } from '../../../core/faculty/contract';
import { careerStages, ranks, type CareerStage, type Rank } from '../../../common/ranks';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { commaList, oneOf } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { facultyDetails } from './format';

/** Option names are the contract's field names in kebab case, so error messages can name the option. */
interface AddOptions {
  name: string;
  email: string;
  department: string;
  rank: Rank;
  employeeId?: string;
  division?: string;
  track?: string;
  appointmentStart?: string;
  careerStage?: CareerStage;
  interests?: string[];
  firstTimeLeader?: boolean;
  json?: boolean;
}

export const facultyAddCommand: CliCommand = {
  register(faculty, action) {
    faculty
      .command('add')
      .description('add a person to the faculty directory')
      .requiredOption('--name <name>', 'full name, as it should appear on letters')
      .requiredOption('--email <email>', 'university email address (unique)')
      .requiredOption('--department <name>', 'department')
      .addOption(new Option('--rank <rank>', ranks.join(', ')).argParser(oneOf(ranks)).makeOptionMandatory())
      .option('--employee-id <id>', 'HR employee id (unique)')
      .option('--division <name>', 'division within the department')
      .option('--track <track>', 'line or track, e.g. "Clinician Educator"')
      .option('--appointment-start <date>', 'first appointment, YYYY-MM-DD')
      .addOption(
        new Option('--career-stage <stage>', `${careerStages.join(', ')} (default: from rank and years)`).argParser(
          oneOf(careerStages),
        ),
      )
      .option('--interests <list>', 'comma-separated, e.g. "health equity, grant writing"', commaList)
      .option('--first-time-leader', 'in a leadership role for the first time')
      .addOption(jsonOption())
      .action(
        action<AddOptions>(async (cli, { json, ...fields }) => {
          const input: FacultyFieldsInput = {
            ...fields,
            interests: fields.interests ?? [],
            firstTimeLeader: fields.firstTimeLeader ?? false,
          };
          const person = await withUnlockedCore(cli, (core) => core.call('faculty.create', input));
          if (json) printJson(cli.io, person);
          else printLines(cli.io, [`Added ${person.name} to the faculty directory.`, '', ...facultyDetails(person)]);
        }),
      );
  },
};
