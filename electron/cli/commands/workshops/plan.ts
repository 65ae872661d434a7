import { InvalidArgumentError, Option } from 'commander';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { planLines } from './format';

interface PlanOptions {
  workshop: number;
  fromRound?: number;
  seed?: number;
  json?: boolean;
}

function seedArg(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 2_147_483_647)
    throw new InvalidArgumentError('Enter a whole number.');
  return Number(value.trim());
}

/** `trellis workshops plan`: pairs the people present, or re-plans the rounds still to come. */
export const workshopsPlanCommand: CliCommand = {
  register(workshops, action) {
    workshops
      .command('plan')
      .description('pair the people present for every round (or, with --from-round, the rounds still to come)')
      .addOption(new Option('--workshop <id>', 'the workshop').argParser(recordIdArg).makeOptionMandatory())
      .addOption(
        new Option('--from-round <n>', 'keep the rounds before this one as they were held').argParser(recordIdArg),
      )
      .addOption(
        new Option('--seed <n>', 'repeat an earlier plan (its seed is printed with --json)').argParser(seedArg),
      )
      .addOption(jsonOption())
      .action(
        action<PlanOptions>(async (cli, options) => {
          const workshop = await withUnlockedCore(cli, (core) =>
            core.call('workshops.plan', {
              workshopId: options.workshop,
              fromRound: options.fromRound,
              seed: options.seed,
            }),
          );
          if (options.json) printJson(cli.io, workshop);
          else printLines(cli.io, planLines(workshop));
        }),
      );
  },
};
