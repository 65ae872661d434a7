import type { ImportIssue, IssueSeverity } from './contract';

/** How many issues of each severity a preview keeps; counts are always complete. */
export const issueListCap = 5000;

/** Collects errors and warnings per row and column, keeping the rejected value. */
export class IssueLog {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  errorCount = 0;
  warningCount = 0;

  add(
    severity: IssueSeverity,
    row: number,
    column: string | null,
    code: string,
    message: string,
    value: string | null = null,
  ): void {
    const issue: ImportIssue = { row, column, code, message, value, severity };
    if (severity === 'error') {
      this.errorCount++;
      if (this.errors.length < issueListCap) this.errors.push(issue);
    } else {
      this.warningCount++;
      if (this.warnings.length < issueListCap) this.warnings.push(issue);
    }
  }

  error(row: number, column: string | null, code: string, message: string, value: string | null = null): void {
    this.add('error', row, column, code, message, value);
  }

  warning(row: number, column: string | null, code: string, message: string, value: string | null = null): void {
    this.add('warning', row, column, code, message, value);
  }

  addAll(issues: readonly ImportIssue[]): void {
    for (const issue of issues)
      this.add(issue.severity, issue.row, issue.column, issue.code, issue.message, issue.value);
  }

  /** Every issue, row by row. */
  sorted(): ImportIssue[] {
    return [...this.errors, ...this.warnings].sort(
      (a, b) => a.row - b.row || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
    );
  }
}
