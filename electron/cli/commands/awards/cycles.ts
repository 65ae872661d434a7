import { cycleStateLabels, type AwardCycle } from '../../../core/awards/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { formatTable, printJson, printLines } from '../../output';

/** `trellis awards cycles`: every cycle with its id, so nominations can name one. */
export const awardsCyclesCommand: CliCommand = {
  register(awards, action) {
    awards
      .command('cycles')
      .description('list award cycles (newest first) with their ids and whether they are open')
      .addOption(jsonOption())
      .action(
        action<{ json?: boolean }>(async (cli, { json }) => {
          const cycles = await withUnlockedCore(cli, (core) => core.call('awards.cycles.list', {}));
          if (json) {
            printJson(cli.io, cycles);
            return;
          }
          if (cycles.length === 0) {
            printLines(cli.io, ['No award cycles yet. Add one with "trellis awards cycle create".']);
            return;
          }
          printLines(cli.io, cycleTable(cycles));
        }),
      );
  },
};

export function cycleTable(cycles: AwardCycle[]): string[] {
  return formatTable(
    ['Id', 'Award', 'Year', 'Opens', 'Closes', 'State', 'Nominations'],
    cycles.map((c) => [
      String(c.id),
      c.awardType.name,
      String(c.year),
      c.opensOn,
      c.closesOn,
      cycleStateLabels[c.state],
      String(c.nominationCount),
    ]),
  );
}
