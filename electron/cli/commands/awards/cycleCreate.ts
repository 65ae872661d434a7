import { InvalidArgumentError, Option } from 'commander';
import { awardLevels, type AwardLevel } from '../../../core/awards/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { CliError } from '../../failures';
import { isoDateArg, oneOf } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { readTextFile } from './files';

interface CycleCreateOptions {
  award: string;
  level?: AwardLevel;
  year: number;
  opens: string;
  closes: string;
  criteriaFile?: string;
  maxSupportLetters?: number;
  letterPageLimit?: number;
  json?: boolean;
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('Enter a whole number.');
  return Number(value.trim());
}

/** `trellis awards cycle create`: a year's cycle of an award, adding the award itself when it is new. */
export const awardsCycleCreateCommand: CliCommand = {
  register(awards, action) {
    awards
      .command('cycle')
      .description('award cycles: create one')
      .command('create')
      .description('add a yearly cycle of an award (the award is added too when --level is given and it is new)')
      .requiredOption('--award <name>', 'the award’s name, e.g. "Department Mentoring Award"')
      .addOption(
        new Option('--level <level>', `for a new award: ${awardLevels.join(', ')}`).argParser(oneOf(awardLevels)),
      )
      .addOption(new Option('--year <year>', 'the cycle’s year').argParser(wholeNumber).makeOptionMandatory())
      .addOption(
        new Option('--opens <date>', 'first day for nominations, YYYY-MM-DD')
          .argParser(isoDateArg)
          .makeOptionMandatory(),
      )
      .addOption(
        new Option('--closes <date>', 'last day for nominations, YYYY-MM-DD')
          .argParser(isoDateArg)
          .makeOptionMandatory(),
      )
      .option('--criteria-file <file>', 'a text file with the selection criteria')
      .addOption(new Option('--max-support-letters <n>', 'support letters allowed (default 2)').argParser(wholeNumber))
      .addOption(new Option('--letter-page-limit <n>', 'pages allowed per letter (default 2)').argParser(wholeNumber))
      .addOption(jsonOption())
      .action(
        action<CycleCreateOptions>(async (cli, options) => {
          const criteria = options.criteriaFile ? readTextFile(cli.io.cwd, options.criteriaFile) : undefined;
          const cycle = await withUnlockedCore(cli, async (core) => {
            const types = await core.call('awards.types.list', {});
            let type = types.find((t) => t.name.toLowerCase() === options.award.trim().toLowerCase());
            if (!type) {
              if (!options.level) {
                throw new CliError(
                  'NOT_FOUND',
                  `There is no award called “${options.award.trim()}”. Add --level (${awardLevels.join(', ')}) to create it, or check the name.`,
                );
              }
              type = await core.call('awards.types.create', { name: options.award, level: options.level });
            }
            return core.call('awards.cycles.create', {
              awardTypeId: type.id,
              year: options.year,
              opensOn: options.opens,
              closesOn: options.closes,
              criteria,
              maxSupportLetters: options.maxSupportLetters,
              letterPageLimit: options.letterPageLimit,
            });
          });
          if (options.json) printJson(cli.io, cycle);
          else
            printLines(cli.io, [
              `Added cycle ${cycle.id}: ${cycle.awardType.name} ${cycle.year} (${cycle.opensOn} to ${cycle.closesOn}).`,
            ]);
        }),
      );
  },
};
