import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option } from 'commander';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { CliError } from '../../failures';
import { oneOf, recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';

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
          const path = resolve(cli.io.cwd, out);
          // Checked before the passphrase is asked for, and again when writing.
          if (!force && existsSync(path)) throw alreadyThere(path);
          if (!existsSync(dirname(path))) throw noFolder(path);
          const file = await withUnlockedCore(cli, (core) =>
            core.call('matrix.export', { format, programId: program }),
          );
          const bytes = Buffer.from(file.base64, 'base64');
          writeBytes(path, bytes, force ?? false);
          if (json) printJson(cli.io, { path, format, mimeType: file.mimeType, bytes: bytes.length });
          else printLines(cli.io, [path]);
        }),
      );
  },
};

function alreadyThere(path: string): CliError {
  return new CliError(`${path} already exists. Choose another --out file, or add --force to replace it.`);
}

function noFolder(path: string): CliError {
  return new CliError(`Could not write ${path}: its folder does not exist.`);
}

function writeBytes(path: string, bytes: Buffer, force: boolean): void {
  try {
    // 'wx' fails if the file appeared meanwhile, so nothing is overwritten without --force.
    writeFileSync(path, bytes, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyThere(path);
    if (code === 'ENOENT') throw noFolder(path);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`Could not write ${path}: permission denied.`);
    if (code === 'EISDIR') throw new CliError(`Could not write ${path}: it is a folder. Give a file name.`);
    throw new CliError(`Could not write ${path} (${code ?? 'unknown error'}).`);
  }
}
