import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Option } from 'commander';
import {
  defaultPacketStatuses,
  nominationStatuses,
  type NominationStatus,
} from '../../../core/awards/packets/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { CliError, exitCodes } from '../../failures';
import { alreadyThere, noFolder, writeOutputFiles } from '../../outputFile';
import { commaList, oneOf, recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { printLimitWarnings } from './packetWarnings';
import { withProgressLine } from './progressLine';

interface PacketsOptions {
  cycle: number;
  out: string;
  perNominee?: boolean;
  status?: NominationStatus[];
  force?: boolean;
  json?: boolean;
}

const statusList = (value: string): NominationStatus[] => commaList(value).map(oneOf(nominationStatuses));

/**
 * `trellis awards packets --cycle ID --out FILE|DIR`: every packet of a cycle,
 * as one combined PDF for the committee, or one file per nominee when --out
 * is a folder or --per-nominee is given. Nothing is written until all are built.
 */
export const awardsPacketsCommand: CliCommand = {
  register(parent, action) {
    parent
      .command('packets')
      .description('write all packets of an award cycle: one combined PDF, or one file per nominee into a folder')
      .addOption(new Option('--cycle <id>', 'the award cycle').argParser(recordIdArg).makeOptionMandatory())
      .requiredOption('--out <file|dir>', 'the combined PDF to write, or a folder for one file per nominee')
      .option('--per-nominee', 'one file per nominee in the --out folder (created if missing)')
      .addOption(
        new Option(
          '--status <list>',
          `nomination statuses to include, comma-separated (default: ${defaultPacketStatuses.join(',')})`,
        ).argParser(statusList),
      )
      .option('--force', 'replace files that already exist')
      .addOption(jsonOption())
      .action(
        action<PacketsOptions>(async (cli, options) => {
          const path = resolve(cli.io.cwd, options.out);
          const perNominee = options.perNominee === true || isFolder(path);
          const force = options.force ?? false;
          if (!perNominee) {
            if (!force && existsSync(path)) throw alreadyThere(path);
            if (!existsSync(dirname(path))) throw noFolder(path);
          } else if (!existsSync(dirname(path))) throw noFolder(path);

          const result = await withUnlockedCore(cli, (core) =>
            withProgressLine(cli.io, core, (progressKey) =>
              core.call('awards.packets.generate', {
                cycleId: options.cycle,
                output: perNominee ? 'perNominee' : 'combined',
                ...(options.status ? { statuses: options.status } : {}),
                progressKey,
              }),
            ),
          );
          if (result.cancelled) throw new CliError('CANCELLED', 'Cancelled. No file was written.', exitCodes.cancelled);

          const targets = perNominee
            ? result.files.map((file) => ({ path: join(path, file.fileName), file }))
            : [{ path, file: result.files[0]! }];
          if (perNominee) mkdirSync(path, { recursive: true });
          // Every name is checked before the first is written, so a refusal leaves no partial set behind.
          if (!force) for (const target of targets) if (existsSync(target.path)) throw alreadyThere(target.path);
          writeOutputFiles(
            targets.map((t) => ({ path: t.path, bytes: Buffer.from(t.file.base64, 'base64') })),
            force,
          );

          printLimitWarnings(cli.io, result.warnings);
          const written = targets.map((t) => t.path);
          if (options.json)
            printJson(cli.io, {
              files: written,
              packets: result.packets,
              pages: result.pages,
              warnings: result.warnings,
            });
          else printLines(cli.io, written);
        }),
      );
  },
};

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
