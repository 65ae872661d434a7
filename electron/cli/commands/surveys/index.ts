import type { CommandSetup } from '../../command';
import { surveyListCommand } from './list';
import { surveyReportCommand } from './report';

/** `trellis survey …` (also `trellis surveys …`): imported surveys and their reports. */
export const surveyCommand: CommandSetup = (surveys, action) => {
  for (const subcommand of [surveyListCommand, surveyReportCommand]) subcommand.register(surveys, action);
};
