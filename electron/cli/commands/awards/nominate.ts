import { Option } from 'commander';
import { letterKindLabels, nominationStatusLabels } from '../../../core/awards/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { namedByOption, personByEmail } from '../../people';
import { readLetterFile, readTextFile } from './files';

interface NominateOptions {
  cycle: number;
  nominee: string;
  nominator: string;
  statementFile: string;
  letter: string[];
  nominationLetter?: string;
  cv?: string;
  submit?: boolean;
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

const optionForField: Record<string, string> = {
  cycleId: 'cycle',
  nomineeId: 'nominee',
  nominatorId: 'nominator',
  statement: 'statement-file',
  file: 'letter',
};

/**
 * `trellis awards nominate`: a nomination and its letters in one write. A
 * refused letter (password-protected, damaged) leaves nothing behind.
 */
export const awardsNominateCommand: CliCommand = {
  register(awards, action) {
    awards
      .command('nominate')
      .description(
        'nominate someone in an award cycle, with the statement and PDF letters (saved as a draft unless --submit)',
      )
      .addOption(
        new Option('--cycle <id>', 'the cycle’s id (see "trellis awards cycles")')
          .argParser(recordIdArg)
          .makeOptionMandatory(),
      )
      .requiredOption('--nominee <email>', 'the nominee’s email in the faculty directory')
      .requiredOption('--nominator <email>', 'the nominator’s email in the faculty directory')
      .requiredOption('--statement-file <file>', 'a text file with the nomination statement')
      .option('--letter <file.pdf>', 'a support letter (PDF); repeat for more', collect, [])
      .option('--nomination-letter <file.pdf>', 'the nominator’s letter (PDF)')
      .option('--cv <file.pdf>', 'the nominee’s CV (PDF)')
      .option('--submit', 'submit the nomination now (the cycle must be open)')
      .addOption(jsonOption())
      .action(
        action<NominateOptions>(async (cli, options) => {
          const cwd = cli.io.cwd;
          const statement = readTextFile(cwd, options.statementFile);
          const letters = [
            ...(options.nominationLetter ? [readLetterFile(cwd, options.nominationLetter, 'nomination')] : []),
            ...options.letter.map((file) => readLetterFile(cwd, file, 'support')),
            ...(options.cv ? [readLetterFile(cwd, options.cv, 'cv')] : []),
          ];
          const nomination = await withUnlockedCore(cli, async (core) => {
            const nominee = await personByEmail(core, options.nominee);
            const nominator = await personByEmail(core, options.nominator);
            return core
              .call('awards.nominations.create', {
                cycleId: options.cycle,
                nomineeId: nominee.id,
                nominatorId: nominator.id,
                statement,
                letters,
                submit: options.submit ?? false,
              })
              .catch((error: unknown) => {
                throw namedByOption(error, optionForField);
              });
          });
          if (options.json) {
            printJson(cli.io, nomination);
            return;
          }
          printLines(cli.io, [
            `Nominated ${nomination.nominee.name} for the ${nomination.cycle.year} ${nomination.cycle.awardType.name} (nomination ${nomination.id}, ${nominationStatusLabels[nomination.status].toLowerCase()}).`,
            ...nomination.letters.map(
              (l) => `  ${letterKindLabels[l.kind]}: ${l.fileName}, ${l.pages} page${l.pages === 1 ? '' : 's'}`,
            ),
            ...nomination.warnings.map((w) => `Note: ${w.message}`),
          ]);
        }),
      );
  },
};
