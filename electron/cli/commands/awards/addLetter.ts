import { Option } from 'commander';
import { letterKindLabels, letterKinds, type LetterKind } from '../../../core/awards/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { namedByOption } from '../../people';
import { readLetterFile } from './files';

interface AddLetterOptions {
  nomination: number;
  kind: LetterKind;
  title?: string;
  json?: boolean;
}

/**
 * `trellis awards add-letter`: a letter that arrives after the nomination was
 * made. Checked like an upload in the app; a refused file changes nothing.
 */
export const awardsAddLetterCommand: CliCommand = {
  register(awards, action) {
    awards
      .command('add-letter')
      .description('add a PDF letter to an existing nomination (refused if password-protected or damaged)')
      .argument('<file.pdf>', 'the letter')
      .addOption(
        new Option('--nomination <id>', 'the nomination’s id (see "trellis awards list")')
          .argParser(recordIdArg)
          .makeOptionMandatory(),
      )
      .addOption(new Option('--kind <kind>', 'what the letter is').choices(letterKinds).default('support'))
      .option('--title <title>', 'how the letter is listed in the packet (default: the file name)')
      .addOption(jsonOption())
      .action(
        action<AddLetterOptions>(async (cli, options, command) => {
          const letter = readLetterFile(cli.io.cwd, command.args[0]!, options.kind);
          const added = await withUnlockedCore(cli, (core) =>
            core
              .call('awards.letters.add', {
                ...letter,
                ...(options.title ? { title: options.title } : {}),
                nominationId: options.nomination,
              })
              .catch((error: unknown) => {
                throw namedByOption(error, { nominationId: 'nomination', file: 'file.pdf', title: 'title' });
              }),
          );
          if (options.json) {
            printJson(cli.io, added);
            return;
          }
          const { nomination, letter: saved } = added;
          printLines(cli.io, [
            `Added ${letterKindLabels[saved.kind].toLowerCase()} “${saved.title}” (${saved.pages} page${saved.pages === 1 ? '' : 's'}) to the nomination of ${nomination.nominee.name} (nomination ${nomination.id}).`,
            ...added.warnings.map((w) => `Note: ${w.message}`),
          ]);
        }),
      );
  },
};
