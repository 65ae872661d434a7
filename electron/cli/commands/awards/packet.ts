import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option } from 'commander';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { alreadyThere, noFolder, writeOutputFile } from '../../outputFile';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { printLimitWarnings } from './packetWarnings';

interface PacketOptions {
  nomination: number;
  out: string;
  force?: boolean;
  json?: boolean;
}

/** `trellis awards packet --nomination ID --out FILE`: one nomination's packet for the committee. */
export const awardsPacketCommand: CliCommand = {
  register(parent, action) {
    parent
      .command('packet')
      .description(
        'write one nomination’s packet: cover, contents, statement, mentoring record, survey evidence, letters',
      )
      .addOption(new Option('--nomination <id>', 'the nomination').argParser(recordIdArg).makeOptionMandatory())
      .requiredOption('--out <file>', 'the PDF file to write')
      .option('--force', 'replace the file if it already exists')
      .addOption(jsonOption())
      .action(
        action<PacketOptions>(async (cli, { nomination, out, force, json }) => {
          const path = resolve(cli.io.cwd, out);
          // Checked before the passphrase is asked for, and again when writing.
          if (!force && existsSync(path)) throw alreadyThere(path);
          if (!existsSync(dirname(path))) throw noFolder(path);
          const packet = await withUnlockedCore(cli, (core) =>
            core.call('awards.packets.one', { nominationId: nomination }),
          );
          writeOutputFile(path, Buffer.from(packet.file.base64, 'base64'), force ?? false);
          printLimitWarnings(cli.io, packet.warnings);
          if (json) printJson(cli.io, { path, pages: packet.pages, warnings: packet.warnings });
          else printLines(cli.io, [path]);
        }),
      );
  },
};
