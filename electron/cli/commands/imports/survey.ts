import { InvalidArgumentError, Option } from 'commander';
import type { Core } from '../../../core';
import type { PreviewInput } from '../../../core/imports/contract';
import { surveyKinds, type SurveyKind } from '../../../core/surveys/contract';
import { jsonOption, type CliCommand } from '../../command';
import { commaList, oneOf } from '../../optionParsers';
import { findSurvey, noSuchSurvey, yearArg } from '../surveys/find';
import { readCodebookFile, readMappingFile, spreadsheetPath } from './inputFiles';
import { runImport } from './run';

interface SurveyOptions {
  survey: string;
  year?: number;
  create?: boolean;
  kind: SurveyKind;
  sheet?: string;
  mapping?: string;
  codebook?: string;
  acceptEffects?: string[];
  dryRun?: boolean;
  json?: boolean;
}

const effectKinds = ['changeRequest', 'peerTopicInterest', 'noMentor', 'all'] as const;

/** `trellis import survey FILE --survey NAME`: a survey export (Qualtrics, REDCap, Forms) as responses. */
export const importSurveyCommand: CliCommand = {
  register(imports, action) {
    imports
      .command('survey')
      .description('import survey responses (.xlsx or .csv export of Qualtrics, REDCap, Microsoft or Google Forms)')
      .argument('<file>', 'the survey export')
      .requiredOption('--survey <name>', 'the survey the answers belong to')
      .addOption(
        new Option(
          '--year <year>',
          'the year the survey ran (needed when several share the name; with --create, default this year)',
        ).argParser(yearArg),
      )
      .option('--create', 'create the survey from the file’s headings if there is none of that name (and year)')
      .addOption(
        new Option('--kind <kind>', 'with --create: the kind of survey')
          .argParser(oneOf(surveyKinds))
          .default('annual'),
      )
      .option('--sheet <name>', 'the sheet to read (default: the first visible one)')
      .option('--mapping <file.json>', 'column → field or question choices (default: suggested)')
      .option('--codebook <file.json>', 'coded answers, {"column": {"1": "Yes"}}; a checkbox group by its stem')
      .addOption(
        new Option(
          '--accept-effects <kinds>',
          'apply these annual-survey effects: changeRequest, peerTopicInterest, noMentor or all (default: none)',
        ).argParser(effectList),
      )
      .option('--dry-run', 'show what would be imported, and write nothing')
      .addOption(jsonOption())
      .action(
        action<SurveyOptions>(async (cli, options, command) => {
          const path = spreadsheetPath(cli.io, command.args[0]!);
          const mapping = options.mapping ? readMappingFile(cli.io, options.mapping) : undefined;
          const codebook = options.codebook ? readCodebookFile(cli.io, options.codebook) : undefined;
          await runImport(cli, {
            preview: async (core) => ({
              path,
              kind: 'survey',
              sheet: options.sheet,
              mapping,
              codebook,
              ...(await surveyChoice(core, options)),
            }),
            dryRun: options.dryRun ?? false,
            json: options.json ?? false,
            acceptEffects: options.acceptEffects ?? [],
          });
        }),
      );
  },
};

/** The named survey, or (with --create, when there is none) a new one made from the file. */
async function surveyChoice(core: Core, options: SurveyOptions): Promise<Pick<PreviewInput, 'surveyId' | 'newSurvey'>> {
  const found = await findSurvey(core, options.survey, options.year);
  if (found) return { surveyId: found.id };
  if (!options.create) throw noSuchSurvey(options.survey, options.year, true);
  return {
    newSurvey: { name: options.survey.trim(), year: options.year ?? new Date().getFullYear(), kind: options.kind },
  };
}

function effectList(value: string): string[] {
  const kinds = commaList(value).map((wanted) => {
    const match = effectKinds.find((kind) => kind.toLowerCase() === wanted.toLowerCase().replace(/[-_]/g, ''));
    if (!match) throw new InvalidArgumentError(`Choose from: ${effectKinds.join(', ')}.`);
    return match;
  });
  if (kinds.length === 0) throw new InvalidArgumentError(`Choose from: ${effectKinds.join(', ')}.`);
  return [...new Set(kinds)];
}
