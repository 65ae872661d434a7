import { TrellisError } from '../../common/errors';
import type { ReadContext } from '../handlers';
import { openSpreadsheet, type SpreadsheetSource } from '../spreadsheets/read';
import { openTable, type SourceTable } from '../spreadsheets/table';
import type { ColumnMapping, ImportKind, InspectResult, PreviewInput } from './contract';
import type { ImportDeps } from './deps';
import { chooseSheet, columnSummaries, fileSummary, layoutSummary } from './fileSummary';
import { layoutFingerprint } from './mapping/fingerprint';
import { evidenceOf, questionTargetOf, resolveMapping } from './mapping/resolve';
import { rememberedMapping } from './mapping/store';
import { suggestMapping } from './mapping/suggest';
import { loadSurveyDefinition } from './survey/definition';

/** Opens a file and describes it: sheets, header row, columns and (given a kind) suggested mappings. */
export async function inspectFile(
  context: ReadContext,
  input: { path: string; sheet?: string; kind?: ImportKind; surveyId?: number },
  deps: ImportDeps,
): Promise<InspectResult> {
  const source = await openSpreadsheet(input.path, deps.limits);
  try {
    const sheet = chooseSheet(source, input.sheet);
    const table = await openTableOrNull(source, sheet);
    if (!table.table) {
      return {
        file: fileSummary(source, sheet),
        noTable: table.reason,
        layout: null,
        columns: [],
        mapping: null,
        fingerprint: null,
      };
    }
    return await inspectTable(context, input, source, sheet, table.table);
  } finally {
    await source.close();
  }
}

/** A sheet's table, or why it has none: a sheet without one is a state to show next to the sheet list, not a failure. */
async function openTableOrNull(
  source: SpreadsheetSource,
  sheet: string,
): Promise<{ table: SourceTable; reason: null } | { table: null; reason: string }> {
  try {
    const table = await openTable(source, sheet, { sampleSize: 50 });
    await table.rows.return(undefined);
    return { table, reason: null };
  } catch (error) {
    if (error instanceof TrellisError && error.code === 'FILE_NO_HEADER') return { table: null, reason: error.message };
    throw error;
  }
}

async function inspectTable(
  context: ReadContext,
  input: { kind?: ImportKind; surveyId?: number },
  source: SpreadsheetSource,
  sheet: string,
  table: SourceTable,
): Promise<InspectResult> {
  const kind = input.kind;
  const fingerprint = layoutFingerprint(kind ?? 'any', table.layout.columns);
  let mapping: ColumnMapping[] | null = null;
  if (kind) {
    const survey =
      kind === 'survey' && input.surveyId
        ? await loadSurveyDefinition(context.db, { surveyId: input.surveyId } as PreviewInput)
        : null;
    const suggested = suggestMapping(kind, evidenceOf(table, {}, {}), survey?.questions.map(questionTargetOf) ?? []);
    const remembered = await rememberedMapping(context.db, kind, layoutFingerprint(kind, table.layout.columns));
    mapping = resolveMapping({
      kind,
      columns: table.layout.columns,
      suggested,
      remembered: remembered?.mapping ?? null,
      template: null,
      user: undefined,
      survey,
      allowNewQuestions: false,
    });
  }
  return {
    file: fileSummary(source, sheet),
    noTable: null,
    layout: layoutSummary(table),
    columns: columnSummaries(table),
    mapping,
    fingerprint,
  };
}
