import type { DatabaseDetails } from '../../core/vault/contract';
import { jsonOption, type CommandSetup } from '../command';
import { withUnlockedCore } from '../database';
import { exitCodes } from '../failures';
import { formatFields, printJson, printLines } from '../output';

interface StatusOptions {
  json?: boolean;
}

/** `trellis status`: schema version, record counts, cipher and a full integrity check. */
export const statusCommand: CommandSetup = (command, action) =>
  command.addOption(jsonOption()).action(
    action<StatusOptions>(async (cli, options) => {
      const details = await withUnlockedCore(cli, (core) => core.call('vault.details', {}));
      if (options.json) printJson(cli.io, details);
      else printLines(cli.io, describe(details));
      // A failed integrity check must fail scripts and monitoring, not just be printed.
      return details.integrity === 'ok' ? exitCodes.ok : exitCodes.failed;
    }),
  );

function describe(details: DatabaseDetails): string[] {
  const lines = formatFields([
    ['Database', details.databasePath],
    ['Schema version', details.schemaVersion ?? 'none'],
    ['Encryption', details.cipher],
    ['Integrity', details.integrity === 'ok' ? 'ok' : `PROBLEM: ${details.integrity}`],
  ]);
  const tables = Object.entries(details.counts);
  const countLines = formatFields(tables.map(([table, count]) => [table, String(count)]));
  return [...lines, '', 'Records', ...countLines.map((line) => `  ${line}`)];
}
