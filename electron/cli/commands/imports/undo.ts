import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';

interface UndoOptions {
  json?: boolean;
}

/** `trellis import undo BATCH_ID`: takes an import back, exactly. */
export const importUndoCommand: CliCommand = {
  register(imports, action) {
    imports
      .command('undo')
      .description('undo an import: remove what it added and restore what it changed')
      .argument('<batch-id>', 'the import’s number (see "trellis import list")', recordIdArg)
      .addOption(jsonOption())
      .action(
        action<UndoOptions>(async (cli, { json }, command) => {
          const batchId = command.processedArgs[0] as number;
          const { batch, result } = await withUnlockedCore(cli, async (core) => {
            const batch = await core.call('imports.get', { batchId });
            return { batch, result: await core.call('imports.undo', { batchId }) };
          });
          if (json) {
            printJson(cli.io, { ...result, kind: batch.kind, fileName: batch.fileName });
            return;
          }
          const lines = [
            `Undid import ${batchId} (${batch.kind}, ${batch.fileName}): ${result.removed} removed, ${result.restored} restored${result.reactivated ? `, ${result.reactivated} reactivated` : ''}.`,
          ];
          if (result.keptChangeRequests?.length)
            lines.push(
              `Kept change request${result.keptChangeRequests.length === 1 ? '' : 's'} ${result.keptChangeRequests.map((id) => `#${id}`).join(', ')}: handled since the import, so they are the office’s now.`,
            );
          printLines(cli.io, lines);
        }),
      );
  },
};
