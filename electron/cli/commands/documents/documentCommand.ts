import type { Command } from 'commander';
import type { Core } from '../../../core';
import type { GeneratedDocument } from '../../../core/documents/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { printJson, printLines } from '../../output';
import { outputPath, writeOutputFile } from '../../outputFile';

interface FileOptions {
  out: string;
  force?: boolean;
  json?: boolean;
}

export interface DocumentCommandSpec<Options> {
  name: string;
  description: string;
  /** Adds the options that choose the record (--mentorship, --group, --faculty…). */
  options(command: Command): Command;
  /** Asks the core for the document. */
  generate(core: Core, options: Options): Promise<GeneratedDocument>;
}

/**
 * A `trellis documents …` subcommand that writes one document to --out: the
 * options that pick the record, then --out, --force and --json, the file
 * checks, and the same report for every document ("FILE (N pages)").
 */
export function documentCommand<Options>(spec: DocumentCommandSpec<Options>): CliCommand {
  return {
    register(parent, action) {
      spec
        .options(parent.command(spec.name).description(spec.description))
        .requiredOption('--out <file>', 'the PDF file to write')
        .option('--force', 'replace the file if it already exists')
        .addOption(jsonOption())
        .action(
          action<Options & FileOptions>(async (cli, options) => {
            const path = outputPath(cli, options.out, options.force ?? false);
            const document = await withUnlockedCore(cli, (core) => spec.generate(core, options));
            const bytes = Buffer.from(document.file.base64, 'base64');
            writeOutputFile(path, bytes, options.force ?? false);
            if (options.json) printJson(cli.io, { path, pages: document.pageCount, bytes: bytes.length });
            else printLines(cli.io, [`${path} (${document.pageCount} ${document.pageCount === 1 ? 'page' : 'pages'})`]);
          }),
        );
    },
  };
}
