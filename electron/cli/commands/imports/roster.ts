import { jsonOption, type CliCommand } from '../../command';
import { readMappingFile, spreadsheetPath } from './inputFiles';
import { runImport } from './run';

interface RosterOptions {
  sheet?: string;
  mapping?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** `trellis import roster FILE`: the HR faculty roster into the directory. */
export const importRosterCommand: CliCommand = {
  register(imports, action) {
    imports
      .command('roster')
      .description('import an HR faculty roster (.xlsx or .csv): new people added, changes updated')
      .argument('<file>', 'the roster spreadsheet')
      .option('--sheet <name>', 'the sheet to read (default: the first visible one)')
      .option('--mapping <file.json>', 'column → field choices, {"Work Email": "email", …} (default: suggested)')
      .option('--dry-run', 'show what would change, and write nothing')
      .addOption(jsonOption())
      .action(
        action<RosterOptions>(async (cli, options, command) => {
          const path = spreadsheetPath(cli.io, command.args[0]!);
          const mapping = options.mapping ? readMappingFile(cli.io, options.mapping) : undefined;
          await runImport(cli, {
            preview: async () => ({ path, kind: 'roster', sheet: options.sheet, mapping }),
            dryRun: options.dryRun ?? false,
            json: options.json ?? false,
            acceptEffects: [],
          });
        }),
      );
  },
};
