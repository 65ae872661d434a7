import { randomUUID } from 'node:crypto';
import type { Core } from '../../../core';
import type {
  ImportCounts,
  ImportIssue,
  ImportPreview,
  ImportResult,
  PreviewInput,
  ReviewRow,
} from '../../../core/imports/contract';
import type { CliContext } from '../../command';
import { withUnlockedCore } from '../../database';
import { printJson, printLines } from '../../output';
import { askAboutAmbiguousRows } from './review';
import { describeImport } from './summary';
import { withProgress } from './progress';

export interface ImportRequest {
  /** What to preview; worked out with the records unlocked (a survey is found by name). */
  preview: (core: Core) => Promise<Omit<PreviewInput, 'progressKey'>>;
  dryRun: boolean;
  json: boolean;
  /** Survey effects to apply: kinds, or 'all'. None unless asked. */
  acceptEffects: string[];
}

type PlainIssue = Omit<ImportIssue, 'severity'>;

/** What `--json` prints: the issue's fields (the import's counts), and what else scripts may want. */
export interface ImportReport extends Omit<ImportCounts, 'errors' | 'warnings'> {
  batchId: number | null;
  dryRun: boolean;
  kind: ImportPreview['kind'];
  fileName: string;
  sheet: string;
  sha256: string;
  errors: PlainIssue[];
  warnings: PlainIssue[];
  /** Rows waiting for a person to decide; without a decision they follow `defaultAction`. */
  review: { row: number; status: 'ambiguous' | 'unmatched'; defaultAction: string; candidates: number }[];
  /** Roster: people in Trellis the file does not list (never deactivated from here). */
  missing: number;
  /** Rows of the sheet that are not data and were left out, by row number (blank rows listed up to 1,000). */
  leftOut: LeftOutRow[];
  /** How many rows were left out, blank rows beyond the list included. */
  leftOutCount: number;
  previousImport: { batchId: number; importedAt: string } | null;
  survey: { id: number | null; name: string; year: number; created: boolean } | null;
  effects: {
    proposed: { changeRequests: number; peerTopicInterest: number; noMentor: number };
    applied: ImportResult['effects'] | null;
  } | null;
}

const plain = ({ severity: _severity, ...issue }: ImportIssue): PlainIssue => issue;

/** Why a row is not data: a title above the header row, a blank row, or a total or summary row under the data. */
export type LeftOutReason = 'title' | 'blank' | 'summary';
export interface LeftOutRow {
  row: number;
  reason: LeftOutReason;
}

/** The rows the reader left out, in sheet order, from the preview's account of them. */
function leftOutRows(skipped: ImportPreview['skippedRows']): Pick<ImportReport, 'leftOut' | 'leftOutCount'> {
  const rows = [
    ...skipped.title.map((row) => ({ row, reason: 'title' as const })),
    ...skipped.blank.map((row) => ({ row, reason: 'blank' as const })),
    ...skipped.summary.map((row) => ({ row, reason: 'summary' as const })),
  ].sort((a, b) => a.row - b.row);
  return { leftOut: rows, leftOutCount: skipped.title.length + skipped.blankCount + skipped.summaryCount };
}

/**
 * Previews a file and, unless it is a dry run, commits it. Rows that name
 * more than one person are asked about in a terminal; without one (scripts)
 * they follow the documented default — a roster row is skipped, a survey
 * response is kept unlinked — and are listed so staff can review them in the app.
 */
export async function runImport(cli: CliContext, request: ImportRequest): Promise<void> {
  const report = await withUnlockedCore(cli, (core) => importWith(core, cli, request));
  if (request.json) printJson(cli.io, report);
  else printLines(cli.io, describeImport(report));
}

async function importWith(core: Core, cli: CliContext, request: ImportRequest): Promise<ImportReport> {
  const input = await request.preview(core);
  const preview = await withProgress(core, cli.io, randomUUID(), (progressKey) =>
    core.call('imports.preview', { ...input, progressKey } as PreviewInput),
  );
  const review =
    preview.review.length < preview.reviewCount
      ? ((await allItems(core, preview.previewId, 'review', preview.reviewCount)) as ReviewRow[])
      : preview.review;
  if (request.dryRun) {
    const issues = await allIssues(core, preview);
    await core.call('imports.discard', { previewId: preview.previewId });
    return reportOf(preview, review, null, issues);
  }
  const rows = await askAboutAmbiguousRows(cli.io, preview.kind, review);
  const result = await withProgress(core, cli.io, randomUUID(), (progressKey) =>
    core.call('imports.commit', {
      previewId: preview.previewId,
      decisions: { rows, deactivate: [], acceptEffects: request.acceptEffects, rememberMapping: true },
      progressKey,
    }),
  );
  return reportOf(preview, review, result, { errors: result.errors, warnings: result.warnings });
}

/** A preview lists the first issues; a dry run reports them all, as a commit would. */
async function allIssues(
  core: Core,
  preview: ImportPreview,
): Promise<{ errors: ImportIssue[]; warnings: ImportIssue[] }> {
  const { errors, warnings } = preview.summary;
  if (errors.length === preview.summary.errorCount && warnings.length === preview.summary.warningCount)
    return { errors, warnings };
  const all = (await allItems(
    core,
    preview.previewId,
    'issues',
    preview.summary.errorCount + preview.summary.warningCount,
  )) as ImportIssue[];
  // The preview's own warning about an earlier import of the same file is not a row issue.
  const previous = warnings.filter((w) => w.code === 'ALREADY_IMPORTED');
  return {
    errors: all.filter((i) => i.severity === 'error'),
    warnings: [...previous, ...all.filter((i) => i.severity === 'warning')],
  };
}

/** Every item of one of a preview's lists (the preview itself carries the first hundred). */
async function allItems(
  core: Core,
  previewId: string,
  section: 'issues' | 'review',
  total: number,
): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let offset = 0; offset < total; offset += 1000) {
    const page = await core.call('imports.previewDetails', { previewId, section, offset, limit: 1000 });
    items.push(...page.items);
    if (page.items.length === 0) break;
  }
  return items;
}

function reportOf(
  preview: ImportPreview,
  review: ReviewRow[],
  result: ImportResult | null,
  issues: { errors: ImportIssue[]; warnings: ImportIssue[] },
): ImportReport {
  const counts: ImportCounts = result ?? preview.summary;
  const survey = preview.survey;
  return {
    batchId: result?.batchId ?? null,
    dryRun: result === null,
    kind: preview.kind,
    fileName: preview.file.fileName,
    sheet: preview.file.sheet,
    sha256: preview.file.sha256,
    rows: counts.rows,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    skipped: counts.skipped,
    duplicates: counts.duplicates,
    matched: counts.matched,
    ambiguous: counts.ambiguous,
    unmatched: counts.unmatched,
    resolvedByHand: counts.resolvedByHand,
    errors: issues.errors.map(plain),
    partial: counts.partial,
    deactivated: counts.deactivated,
    errorCount: counts.errorCount,
    warningCount: counts.warningCount,
    warnings: issues.warnings.map(plain),
    review: review.map((r) => ({
      row: r.row,
      status: r.status,
      defaultAction: r.defaultAction,
      candidates: r.candidates.length,
    })),
    missing: preview.missingCount,
    ...leftOutRows(preview.skippedRows),
    previousImport: preview.previousImport
      ? { batchId: preview.previousImport.batchId, importedAt: preview.previousImport.importedAt }
      : null,
    survey: survey
      ? {
          id: result?.surveyId ?? survey.surveyId,
          name: survey.name,
          year: survey.year,
          created: survey.surveyId === null,
        }
      : null,
    effects: survey
      ? {
          proposed: {
            changeRequests: survey.effects.changeRequests,
            peerTopicInterest: survey.effects.peerTopicInterest.reduce((sum, t) => sum + t.count, 0),
            noMentor: survey.effects.noMentor,
          },
          applied: result?.effects ?? null,
        }
      : null,
  };
}
