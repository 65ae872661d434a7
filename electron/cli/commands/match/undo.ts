import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';

/** `trellis match undo BATCH_ID`: takes back a published cohort while none of its pairs has changed. */
export const matchUndoCommand: CliCommand = {
  register(match, action) {
    match
      .command('undo')
      .description('undo a published match: remove its proposed mentorships, while none of them has changed')
      .argument('<batch-id>', 'the match’s number, as "match cohort --publish" printed it', recordIdArg)
      .addOption(jsonOption())
      .action(
        action<{ json?: boolean }>(async (cli, { json }, command) => {
          const id = command.processedArgs[0] as number;
          const batch = await withUnlockedCore(cli, (core) => core.call('matching.batches.undo', { id }));
          if (json) printJson(cli.io, batch);
          else printLines(cli.io, [`Undid match ${batch.id}: ${batch.pairs} proposed mentorships removed.`]);
        }),
      );
  },
};
