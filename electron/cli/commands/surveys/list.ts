import { surveyKindLabels } from '../../../core/surveys/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { formatTable, printJson, printLines } from '../../output';

interface ListOptions {
  json?: boolean;
}

/** `trellis survey list`: the surveys in Trellis, with their response counts. */
export const surveyListCommand: CliCommand = {
  register(surveys, action) {
    surveys
      .command('list')
      .description('list the surveys, with their years and response counts')
      .addOption(jsonOption())
      .action(
        action<ListOptions>(async (cli, { json }) => {
          const surveys = await withUnlockedCore(cli, (core) => core.call('surveys.list', {}));
          if (json) {
            printJson(cli.io, surveys);
            return;
          }
          if (surveys.length === 0) {
            printLines(cli.io, [
              'No surveys yet. Import one with "trellis import survey FILE --survey NAME --create".',
            ]);
            return;
          }
          printLines(
            cli.io,
            formatTable(
              ['Id', 'Name', 'Year', 'Kind', 'Questions', 'Responses'],
              surveys.map((s) => [
                String(s.id),
                s.name,
                String(s.year),
                surveyKindLabels[s.kind],
                String(s.questionCount),
                String(s.responseCount),
              ]),
            ),
          );
        }),
      );
  },
};
