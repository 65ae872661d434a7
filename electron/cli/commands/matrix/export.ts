import { Option } from 'commander';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { oneOf, recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { outputPath, writeOutputFile } from '../../outputFile';

const formats = ['pdf', 'xlsx'] as const;
type Format = (typeof formats)[number];

interface ExportOptions {
  format: Format;
  out: string;
  program?: number;
  force?: boolean;
  json?: boolean;
}

export const matrixExportCommand: CliCommand = {
  register(matrix, action) {
    matrix
      .command('export')
      .description('write the matrix as a print-ready PDF or an Excel workbook')
      .addOption(
        new Option('--format <format>', 'pdf (landscape, for printing) or xlsx (one row per responsibility)')
          .argParser(oneOf(formats))
          .makeOptionMandatory(),
      )
      .requiredOption('--out <file>', 'the file to write')
      .addOption(
        new Option('--program <id>', 'include this program’s statuses and role holders').argParser(recordIdArg),
      )
      .option('--force', 'replace the file if it already exists')
      .addOption(jsonOption())
      .action(
        action<ExportOptions>(async (cli, { format, out, program, force, json }) => {
          const path = outputPath(cli, out, force ?? false);
          const file = await withUnlockedCore(cli, (core) =>
            core.call('matrix.export', { format, programId: program }),
          );
          const bytes = Buffer.from(file.base64, 'base64');
          writeOutputFile(path, bytes, force ?? false);
          if (json) printJson(cli.io, { path, format, mimeType: file.mimeType, bytes: bytes.length });
          else printLines(cli.io, [path]);
        }),
      );
  },
};
