import { Option } from 'commander';
import { facultySortFields, type FacultySortField } from '../../../core/faculty/contract';
import { careerStages, ranks, type CareerStage, type Rank } from '../../../common/ranks';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { oneOf } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { listFaculty } from '../../people';
import { facultyTable, peopleCount } from './format';

const statuses = ['active', 'inactive', 'all'] as const;

interface ListOptions {
  search?: string;
  department?: string;
  rank?: Rank;
  careerStage?: CareerStage;
  status: (typeof statuses)[number];
  sort: FacultySortField;
  desc?: boolean;
  json?: boolean;
}

export const facultyListCommand: CliCommand = {
  register(faculty, action) {
    faculty
      .command('list')
      .description('list faculty (active people unless --status says otherwise)')
      .option('--search <text>', 'match name, email, department or employee id (accents ignored)')
      .option('--department <name>', 'only this department')
      .addOption(new Option('--rank <rank>', `only this rank: ${ranks.join(', ')}`).argParser(oneOf(ranks)))
      .addOption(new Option('--career-stage <stage>', careerStages.join(', ')).argParser(oneOf(careerStages)))
      .addOption(new Option('--status <status>', statuses.join(', ')).argParser(oneOf(statuses)).default('active'))
      .addOption(
        new Option('--sort <field>', facultySortFields.join(', ')).argParser(oneOf(facultySortFields)).default('name'),
      )
      .option('--desc', 'sort in descending order')
      .addOption(jsonOption())
      .action(
        action<ListOptions>(async (cli, { json, desc, ...filters }) => {
          const people = await withUnlockedCore(cli, (core) =>
            listFaculty(core, { ...filters, direction: desc ? 'desc' : 'asc' }),
          );
          if (json) {
            printJson(cli.io, people);
            return;
          }
          if (people.length === 0) {
            printLines(cli.io, ['No one in the directory matches.']);
            return;
          }
          printLines(cli.io, [...facultyTable(people, filters.status !== 'active'), '', peopleCount(people.length)]);
        }),
      );
  },
};
