import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Option } from 'commander';
import { workshopSheets, type WorkshopSheet } from '../../../core/workshops/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { oneOf, recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { alreadyThere, outputPath, writeOutputFile } from '../../outputFile';

interface SheetsOptions {
  workshop: number;
  out: string;
  sheet: WorkshopSheet;
  force?: boolean;
  json?: boolean;
}

/** Into a folder, each kind of sheet goes to a file of its own. */
const eachSheet: WorkshopSheet[] = ['signIn', 'grid', 'tables', 'cards'];

/** `trellis workshops sheets --out FILE|DIR`: the printed sheets, on the letterhead. */
export const workshopsSheetsCommand: CliCommand = {
  register(workshops, action) {
    workshops
      .command('sheets')
      .description('print the sheets: a card per participant, a sheet per table per round, the grid, the sign-in sheet')
      .addOption(new Option('--workshop <id>', 'the workshop').argParser(recordIdArg).makeOptionMandatory())
      .requiredOption('--out <file-or-folder>', 'a PDF file, or a folder for one file per kind of sheet')
      .addOption(
        new Option('--sheet <kind>', `with a file: ${workshopSheets.join(', ')}`)
          .argParser(oneOf(workshopSheets))
          .default('all'),
      )
      .option('--force', 'replace files that already exist')
      .addOption(jsonOption())
      .action(
        action<SheetsOptions>(async (cli, options) => {
          const force = options.force ?? false;
          const folder = resolve(cli.io.cwd, options.out);
          const intoFolder = existsSync(folder) && statSync(folder).isDirectory();
          const single = intoFolder ? null : outputPath(cli, options.out, force);
          const documents = await withUnlockedCore(cli, async (core) => {
            const kinds = intoFolder ? eachSheet : [options.sheet];
            const made = [];
            for (const sheet of kinds)
              made.push(await core.call('workshops.sheets', { workshopId: options.workshop, sheet }));
            return made;
          });
          const files = documents.map((document) => ({
            path: single ?? join(folder, document.file.fileName),
            bytes: Buffer.from(document.file.base64, 'base64'),
            pages: document.pageCount,
          }));
          // Nothing is written unless every file can be.
          if (!force) for (const file of files) if (existsSync(file.path)) throw alreadyThere(file.path);
          for (const file of files) writeOutputFile(file.path, file.bytes, force);
          if (options.json)
            printJson(
              cli.io,
              files.map(({ path, pages, bytes }) => ({ path, pages, bytes: bytes.length })),
            );
          else
            printLines(
              cli.io,
              files.map((f) => `${f.path} (${f.pages} ${f.pages === 1 ? 'page' : 'pages'})`),
            );
        }),
      );
  },
};
