import { Option } from 'commander';
import { demoSizes, type DemoSize } from '../../core/demo/contract';
import { jsonOption, type CommandSetup } from '../command';
import { withUnlockedCore } from '../database';
import { oneOf } from '../optionParsers';
import { formatFields, printJson, printLines } from '../output';

interface DemoOptions {
  size: DemoSize;
  json?: boolean;
}

/**
 * `trellis demo`: fills a new, empty database with invented records to
 * explore with. The core refuses a database that already holds people or
 * programs, so demo records never mix with real ones.
 */
export const demoCommand: CommandSetup = (command, action) =>
  command
    .addOption(
      new Option('--size <size>', 'small (about 160 faculty), or large (about 3,000 faculty and 30,000 meetings)')
        .argParser(oneOf(demoSizes))
        .default('small'),
    )
    .addOption(jsonOption())
    .action(
      action<DemoOptions>(async (cli, { size, json }) => {
        const filled = await withUnlockedCore(cli, (core) => core.call('demo.fill', { size }));
        if (json) {
          printJson(cli.io, filled);
          return;
        }
        const counts = Object.entries(filled.counts).filter(([, count]) => count > 0);
        printLines(cli.io, [
          `Filled ${cli.databasePath} with the ${size} demo set. Every record in it is invented.`,
          '',
          'Records added',
          ...formatFields(counts.map(([table, count]) => [table, String(count)])).map((line) => `  ${line}`),
        ]);
      }),
    );
