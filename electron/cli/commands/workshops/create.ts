import { InvalidArgumentError, Option } from 'commander';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { isoDateArg, recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { namedByOption, personByEmail } from '../../people';
import { workshopSummary } from './format';

interface CreateOptions {
  program: number;
  date: string;
  title?: string;
  time?: string;
  place?: string;
  rounds?: number;
  minutes?: number;
  tables?: number;
  facilitator?: string[];
  json?: boolean;
}

function wholeNumberArg(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('Enter a whole number.');
  return Number(value.trim());
}

export const workshopsCreateCommand: CliCommand = {
  register(workshops, action) {
    workshops
      .command('create')
      .description('plan a speed peer-mentoring workshop (seed 002: 4 rounds of 10 minutes by default)')
      .addOption(new Option('--program <id>', 'the program it belongs to').argParser(recordIdArg).makeOptionMandatory())
      .addOption(new Option('--date <date>', 'the day, YYYY-MM-DD').argParser(isoDateArg).makeOptionMandatory())
      .option('--title <title>', 'default "Peer Mentoring for Career Success"')
      .option('--time <HH:MM>', 'when it starts')
      .option('--place <place>', 'the room')
      .addOption(new Option('--rounds <n>', 'number of rounds (default 4)').argParser(wholeNumberArg))
      .addOption(new Option('--minutes <n>', 'minutes per round (default 10)').argParser(wholeNumberArg))
      .addOption(new Option('--tables <n>', 'tables in the room (default: one per pair)').argParser(wholeNumberArg))
      .option('--facilitator <email-or-name...>', 'facilitators: an email from the directory, or a name')
      .addOption(jsonOption())
      .action(
        action<CreateOptions>(async (cli, options) => {
          const workshop = await withUnlockedCore(cli, async (core) => {
            const facilitators = [];
            for (const who of options.facilitator ?? []) {
              facilitators.push(who.includes('@') ? { facultyId: (await personByEmail(core, who)).id } : { name: who });
            }
            return core
              .call('workshops.create', {
                programId: options.program,
                heldOn: options.date,
                title: options.title,
                startsAt: options.time,
                place: options.place,
                roundCount: options.rounds,
                roundMinutes: options.minutes,
                tableCount: options.tables,
                facilitators,
              })
              .catch((error: unknown) => {
                throw namedByOption(error, optionForField);
              });
          });
          if (options.json) printJson(cli.io, workshop);
          else printLines(cli.io, ['Workshop created.', ...workshopSummary(workshop)]);
        }),
      );
  },
};

const optionForField: Record<string, string> = {
  programId: 'program',
  heldOn: 'date',
  startsAt: 'time',
  roundCount: 'rounds',
  roundMinutes: 'minutes',
  tableCount: 'tables',
};
