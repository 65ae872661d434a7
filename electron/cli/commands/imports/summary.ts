import type { ImportReport, LeftOutReason } from './run';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const shownIssues = 10;

const leftOutWhy: Record<LeftOutReason, string> = {
  title: 'a title above the column headings',
  blank: 'blank',
  summary: 'a total or summary row',
};

/** A short summary for people: what was (or would be) done, what needs a look, and how to undo it. */
export function describeImport(report: ImportReport): string[] {
  const lines: string[] = [];
  const what = report.kind === 'roster' ? 'roster' : `survey “${report.survey?.name}” (${report.survey?.year})`;
  lines.push(
    report.dryRun
      ? `Dry run of ${report.fileName} (sheet ${report.sheet}) as a ${what}: nothing was written.`
      : `Imported ${report.fileName} (sheet ${report.sheet}) as a ${what}: import ${report.batchId}.`,
  );
  if (report.survey?.created)
    lines.push(
      report.dryRun
        ? 'The survey would be created from the file’s headings.'
        : 'The survey was created from the file’s headings.',
    );
  if (report.previousImport)
    lines.push(
      `Note: this file was imported before (import ${report.previousImport.batchId}, ${report.previousImport.importedAt.slice(0, 10)}); nothing is added twice.`,
    );
  const added = report.kind === 'roster' ? 'new people' : 'new responses';
  lines.push(
    `${plural(report.rows, 'row')} read: ${report.inserted.toLocaleString('en-US')} ${added}, ${report.updated.toLocaleString('en-US')} updated, ${report.unchanged.toLocaleString('en-US')} unchanged, ${report.skipped.toLocaleString('en-US')} skipped, ${plural(report.duplicates, 'duplicate')}.`,
  );
  const { byEmployeeId, byEmail, byName } = report.matched;
  lines.push(
    `Matched to people: ${byEmployeeId} by employee id, ${byEmail} by email, ${byName} by name; ${report.ambiguous} ambiguous, ${report.unmatched} not found.`,
  );
  if (report.leftOutCount > 0) {
    lines.push(`${plural(report.leftOutCount, 'row')} left out, not data:`);
    for (const { row, reason } of report.leftOut.slice(0, shownIssues))
      lines.push(`  row ${row}: ${leftOutWhy[reason]}`);
    if (report.leftOutCount > shownIssues)
      lines.push(`  … and ${report.leftOutCount - shownIssues} more (see --json).`);
  }
  if (report.partial > 0) lines.push(`${plural(report.partial, 'response')} partial (unfinished), kept and marked.`);
  const ambiguous = report.review.filter((r) => r.status === 'ambiguous');
  if (ambiguous.length > 0) {
    const outcome = report.kind === 'roster' ? 'skipped' : 'kept without a person';
    lines.push(
      `${plural(ambiguous.length, 'row names', 'rows name')} more than one person (row${ambiguous.length === 1 ? '' : 's'} ${ambiguous.map((r) => r.row).join(', ')}): ${report.dryRun ? 'they would be' : 'they were'} ${outcome}. Review them in the Trellis app to choose who they are.`,
    );
  }
  if (report.missing > 0)
    lines.push(
      `${plural(report.missing, 'person', 'people')} in Trellis ${report.missing === 1 ? 'is' : 'are'} not in this roster; nobody was deactivated (review them in the app).`,
    );
  if (report.effects) {
    const { proposed, applied } = report.effects;
    const wanted = `${proposed.changeRequests} want a mentor change, ${proposed.noMentor} have no mentor, ${proposed.peerTopicInterest} peer-group topic interests`;
    if (applied && applied.changeRequests + applied.noMentor + applied.peerTopicInterest > 0)
      lines.push(
        `Survey effects: ${wanted}. Applied ${applied.changeRequests + applied.noMentor + applied.peerTopicInterest}; ${applied.changeRequestsOpened ?? 0} change requests opened.`,
      );
    else if (proposed.changeRequests + proposed.noMentor + proposed.peerTopicInterest > 0)
      lines.push(`Survey effects: ${wanted}. None applied (add --accept-effects to apply them).`);
  }
  if (report.errorCount > 0) {
    lines.push(`${plural(report.errorCount, 'row error')} (those rows are left out):`);
    for (const issue of report.errors.slice(0, shownIssues))
      lines.push(`  row ${issue.row}${issue.column ? `, ${issue.column}` : ''}: ${issue.message}`);
    if (report.errorCount > shownIssues) lines.push(`  … and ${report.errorCount - shownIssues} more (see --json).`);
  }
  if (report.warningCount > 0) lines.push(`${plural(report.warningCount, 'warning')} (see --json).`);
  if (report.batchId !== null) lines.push(`To undo it: trellis import undo ${report.batchId}`);
  return lines;
}
