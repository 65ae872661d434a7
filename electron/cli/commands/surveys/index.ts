import type { CliCommand } from '../../command';
import { surveyListCommand } from './list';
import { surveyReportCommand } from './report';

/** `trellis survey …` (also `trellis surveys …`): imported surveys and their reports. */
export const surveyCommand: CliCommand = {
  register(program, action) {
    const surveys = program
      .command('survey')
      .alias('surveys')
      .description('surveys: list them, and report their answers (small groups suppressed)');
    for (const subcommand of [surveyListCommand, surveyReportCommand]) subcommand.register(surveys, action);
  },
};
