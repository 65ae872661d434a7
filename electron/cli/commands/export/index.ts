import { resolve } from 'node:path';
import { Option } from 'commander';
import { exportFormats, exportWarning, type ExportFormat } from '../../../core/exports/contract';
import { jsonOption, type CommandSetup } from '../../command';
import { withUnlockedCore } from '../../database';
import { oneOf } from '../../optionParsers';
import { formatFields, printJson, printLines } from '../../output';

interface ExportOptions {
  out: string;
  format: ExportFormat;
  json?: boolean;
}

/**
 * `trellis export --out FOLDER|FILE.zip [--format csv|xlsx]`: every record in
 * open formats, with a data dictionary and the letters as PDF files. The
 * warning that it is not encrypted goes to stderr before anything is written.
 */
export const exportCommand: CommandSetup = (command, action) => {
  command
    .requiredOption('--out <folder|file.zip>', 'a new folder, or a .zip file')
    .addOption(
      new Option('--format <format>', 'csv (one file per table) or xlsx (one workbook)')
        .argParser(oneOf(exportFormats))
        .default('csv'),
    )
    .addOption(jsonOption())
    .action(
      action<ExportOptions>(async (cli, { out, format, json }) => {
        const path = resolve(cli.io.cwd, out);
        cli.io.stderr.write(`warning: ${exportWarning}\n`);
        const result = await withUnlockedCore(cli, (core) => core.call('exports.all', { path, format }));
        if (json) {
          printJson(cli.io, result);
          return;
        }
        const tables = Object.entries(result.tables).filter(([, rows]) => rows > 0);
        printLines(cli.io, [
          `Exported to ${result.path} (${format}, ${result.attachments} letters and images as files).`,
          '',
          'Rows per table',
          ...formatFields(tables.map(([table, rows]) => [table, String(rows)])).map((line) => `  ${line}`),
        ]);
      }),
    );
};
