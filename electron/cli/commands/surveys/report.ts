import { Option } from 'commander';
import type { QuestionReport, SurveyReport } from '../../../core/surveys/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { printJson, printLines } from '../../output';
import { requireSurvey, yearArg } from './find';

interface ReportOptions {
  year?: number;
  json?: boolean;
}

/**
 * `trellis survey report NAME`: per question, the distribution (mean and
 * median for rating scales), with breakdowns and year over year in --json.
 * Groups under the minimum size are suppressed by the core; free-text
 * comments are never part of it.
 */
export const surveyReportCommand: CliCommand = {
  register(surveys, action) {
    surveys
      .command('report')
      .description('report a survey: answers per question, groups of fewer than 5 respondents suppressed')
      .argument('<name>', 'the survey’s name')
      .addOption(new Option('--year <year>', 'the year, when several surveys share the name').argParser(yearArg))
      .addOption(jsonOption())
      .action(
        action<ReportOptions>(async (cli, { year, json }, command) => {
          const name = command.args[0]!;
          const report = await withUnlockedCore(cli, async (core) => {
            const survey = await requireSurvey(core, name, year);
            return core.call('surveys.report', { id: survey.id, includeComments: false });
          });
          if (json) printJson(cli.io, report);
          else printLines(cli.io, describeReport(report));
        }),
      );
  },
};

function describeReport(report: SurveyReport): string[] {
  const lines = [
    `${report.survey.name} (${report.survey.year}): ${report.respondents} respondents, ${report.partial} partial.`,
  ];
  if (report.suppressed) {
    lines.push(report.note ?? `Fewer than ${report.minimumGroupSize} respondents: nothing is shown.`);
    return lines;
  }
  for (const question of report.questions) lines.push('', ...describeQuestion(question));
  lines.push('', 'Breakdowns by department, rank and career stage, and year over year: add --json.');
  return lines;
}

function describeQuestion(question: QuestionReport): string[] {
  const lines = [`${question.text}  (${question.answered} answered)`];
  if (question.type === 'text') return [...lines, '  Free-text answers are confidential and not part of reports.'];
  if (question.suppressed || !question.distribution) return [...lines, `  ${question.note ?? 'Suppressed.'}`];
  const width = Math.max(...question.distribution.map((d) => d.label.length));
  for (const d of question.distribution)
    lines.push(`  ${d.label.padEnd(width)}  ${String(d.count).padStart(5)}  ${d.percent.toFixed(0).padStart(3)}%`);
  if (question.mean !== null)
    lines.push(
      `  mean ${question.mean.toFixed(2)}, median ${question.median === null ? '—' : String(question.median)}`,
    );
  return lines;
}
