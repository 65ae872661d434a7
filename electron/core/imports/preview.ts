import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { ReadContext } from '../handlers';
import { cellText, isBlank } from '../spreadsheets/cells';
import { normalizeCodebook, type Codebook } from '../spreadsheets/codebook';
import { inferDayMonthOrder, type DayMonthOrder } from '../spreadsheets/dates';
import type { SourceColumn } from '../spreadsheets/headerRow';
import { openSpreadsheet, type SpreadsheetSource } from '../spreadsheets/read';
import { openTable, type SourceTable } from '../spreadsheets/table';
import type { QuestionDraft } from '../surveys/contract';
import {
  addToProfile,
  emptyProfile,
  inferQuestion,
  questionKeyFor,
  type ColumnProfile,
} from '../surveys/inferQuestions';
import { assertSurveyNameFree, getSurvey, prepareQuestions } from '../surveys/queries';
import { ColumnReader, rowTexts, type ValueMaps } from './columns';
import {
  commitDecisions,
  type CommitDecisions,
  type ColumnMapping,
  type ColumnSummary,
  type FileSummary,
  type ImportCounts,
  type ImportKind,
  type ImportPreview,
  type InspectResult,
  type LayoutSummary,
  type PreviewInput,
} from './contract';
import type { ImportDeps } from './deps';
import { type IssueLog } from './issues';
import { layoutFingerprint } from './mapping/fingerprint';
import { rememberedMapping, getTemplate } from './mapping/store';
import { isKnownNonQuestion, suggestMapping, type ColumnEvidence, type QuestionTarget } from './mapping/suggest';
import { loadPeopleIndex, type PeopleIndex } from './matching/people';
import type { ProgressHandle } from './progress';
import { planRoster, rosterChanges, type RosterPlan } from './roster/plan';
import { duplicateKey, readRosterRow, type RosterRow } from './roster/values';
import { AnswerReader } from './survey/answers';
import { planSurvey, type ExistingResponse, type SurveyPlan } from './survey/plan';
import { AnswerTable } from './survey/answerTable';
import { readSurveyRow, type SurveyRow } from './survey/values';
import type { QuestionDefinition, StoredPreview, SurveyDefinition } from './stored';
import { ignoreTarget, questionKeyOf, questionTarget, respondentFields, responseFields, rosterFields } from './targets';

const sampleSize = 200;
const listPreview = 100;

function chooseSheet(source: SpreadsheetSource, wanted: string | undefined): string {
  if (wanted) {
    if (!source.sheets.some((s) => s.name === wanted)) {
      throw new TrellisError(
        'NOT_FOUND',
        `This file has no sheet named “${wanted}”. Its sheets are: ${source.sheets.map((s) => s.name).join(', ')}.`,
      );
    }
    return wanted;
  }
  return (source.sheets.find((s) => !s.hidden) ?? source.sheets[0]!).name;
}

function fileSummary(source: SpreadsheetSource, sheet: string): FileSummary {
  return {
    fileName: source.fileName,
    format: source.format,
    size: source.size,
    sha256: source.sha256,
    sheet,
    sheets: source.sheets,
    encoding: source.encoding,
    delimiter: source.delimiter,
    date1904: source.date1904,
  };
}

function columnSummaries(table: SourceTable): ColumnSummary[] {
  return table.layout.columns.map((column) => {
    const samples: string[] = [];
    for (const row of table.sample) {
      const values = column.checkbox ? [] : [row.cells[column.indexes[0]!] ?? null];
      for (const value of values) {
        if (isBlank(value)) continue;
        const text = cellText(value).trim().slice(0, 80);
        if (!samples.includes(text)) samples.push(text);
      }
      if (samples.length >= 3) break;
    }
    return {
      key: column.key,
      header: column.header,
      label: column.label,
      letter: column.letter,
      samples,
      checkbox: column.checkbox !== null,
    };
  });
}

/** Distinct answer texts of each column in the sample, after codebook and value maps. */
function evidenceOf(table: SourceTable, valueMaps: ValueMaps, codebook: Codebook): ColumnEvidence[] {
  return table.layout.columns.map((column) => {
    const reader = new ColumnReader(column, ignoreTarget, valueMaps, codebook);
    const values = new Set<string>();
    for (const row of table.sample) {
      if (column.checkbox) {
        column.checkbox.codes.forEach((code, i) => {
          if (!isBlank(row.cells[column.indexes[i]!] ?? null)) values.add(reader.mapText(code));
        });
        continue;
      }
      const text = reader.text(row);
      if (!text) continue;
      for (const piece of text.split(/;\s*|,\s+/)) if (piece.trim()) values.add(piece.trim());
      values.add(text);
      if (values.size > 100) break;
    }
    return { column, values: [...values] };
  });
}

function validTargets(kind: ImportKind, survey: SurveyDefinition | null): Set<string> {
  const targets = new Set<string>([
    ignoreTarget,
    ...(kind === 'roster' ? rosterFields : [...respondentFields, ...responseFields]),
  ]);
  for (const q of survey?.questions ?? []) targets.add(questionTarget(q.key));
  return targets;
}

interface MappingLayers {
  kind: ImportKind;
  columns: readonly SourceColumn[];
  suggested: ColumnMapping[];
  remembered: Record<string, string> | null;
  template: Record<string, string> | null;
  user: Record<string, string> | undefined;
  survey: SurveyDefinition | null;
  /** For a survey created from the file: question targets may be made later. */
  allowNewQuestions: boolean;
}

/** Suggestions, then the remembered mapping, then a template, then the user's choices: later layers win column by column. */
function resolveMapping(layers: MappingLayers): ColumnMapping[] {
  const valid = validTargets(layers.kind, layers.survey);
  const keys = new Set(layers.columns.map((c) => c.key));
  const userKeys = Object.keys(layers.user ?? {}).filter((k) => !keys.has(k));
  if (userKeys.length > 0) {
    throw new TrellisError(
      'VALIDATION',
      `This file has no column called ${userKeys.map((k) => `“${k}”`).join(', ')}. Check the mapping against the file's headings.`,
    );
  }
  const mapping = layers.suggested.map((m) => ({ ...m }));
  const apply = (
    layer: Record<string, string> | null | undefined,
    source: ColumnMapping['source'],
    strict: boolean,
  ) => {
    for (const entry of mapping) {
      const target = layer?.[entry.key];
      if (target === undefined) continue;
      if (!valid.has(target)) {
        if (strict && !(layers.allowNewQuestions && questionKeyOf(target))) {
          throw new TrellisError(
            'VALIDATION',
            `“${target}” is not something column “${entry.key}” can be imported into.`,
            { [`mapping.${entry.key}`]: 'Choose a field or a question.' },
          );
        }
        continue;
      }
      entry.target = target;
      entry.source = source;
      entry.confidence = 1;
    }
  };
  apply(layers.remembered, 'remembered', false);
  apply(layers.template, 'template', false);
  apply(layers.user, 'user', true);
  // A target taken by a user choice is freed elsewhere; two user choices for one target is an error.
  const byTarget = new Map<string, ColumnMapping>();
  for (const entry of [...mapping].sort((a, b) => rankOf(b.source) - rankOf(a.source))) {
    if (entry.target === ignoreTarget) continue;
    const holder = byTarget.get(entry.target);
    if (!holder) {
      byTarget.set(entry.target, entry);
      continue;
    }
    if (entry.source === 'user' && holder.source === 'user') {
      throw new TrellisError(
        'VALIDATION',
        `Columns “${holder.key}” and “${entry.key}” are both mapped to ${entry.target}. Map each field or question from one column.`,
      );
    }
    entry.target = ignoreTarget;
    entry.source = 'none';
    entry.confidence = 0;
  }
  return mapping;
}

function rankOf(source: ColumnMapping['source']): number {
  return { user: 4, template: 3, remembered: 2, suggested: 1, none: 0 }[source];
}

async function previousImportOf(db: ReadableDb, kind: ImportKind, sha256: string) {
  const row = await db
    .selectFrom('import_batches')
    .select(['id', 'created_at', 'actor'])
    .where('sha256', '=', sha256)
    .where('kind', '=', kind)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? { batchId: row.id, importedAt: row.created_at, actor: row.actor } : null;
}

async function loadSurveyDefinition(db: ReadableDb, input: PreviewInput): Promise<SurveyDefinition> {
  if (input.surveyId) {
    const survey = await getSurvey(db, input.surveyId);
    return {
      id: survey.id,
      name: survey.name,
      year: survey.year,
      kind: survey.kind,
      questions: survey.questions.map((q) => ({
        key: q.key,
        position: q.position,
        text: q.text,
        type: q.type,
        options: q.options,
        effect: q.effect,
      })),
    };
  }
  if (!input.newSurvey) {
    throw new TrellisError(
      'VALIDATION',
      'Choose the survey these answers belong to, or create a new survey from this file.',
      { surveyId: 'Choose a survey.' },
    );
  }
  await assertSurveyNameFree(db, input.newSurvey.name, input.newSurvey.year);
  const given = input.newSurvey.questions
    ? prepareQuestions(
        input.newSurvey.questions.map(
          (q) => ({ ...q, options: q.options ?? [], effect: q.effect ?? null }) as QuestionDraft,
        ),
      )
    : [];
  return {
    id: null,
    name: input.newSurvey.name,
    year: input.newSurvey.year,
    kind: input.newSurvey.kind,
    questions: given.map((q, position) => ({ ...q, key: q.key!, position })),
  };
}

function dateOrdersOf(table: SourceTable): Map<string, DayMonthOrder | null> {
  const orders = new Map<string, DayMonthOrder | null>();
  for (const column of table.layout.columns) {
    if (column.checkbox) continue;
    const texts = table.sample
      .map((r) => r.cells[column.indexes[0]!])
      .filter((v): v is string => typeof v === 'string');
    orders.set(column.key, inferDayMonthOrder(texts));
  }
  return orders;
}

/** Reads every row once to draft questions for a survey created from this file. */
async function draftQuestions(
  table: SourceTable,
  mapping: ColumnMapping[],
  valueMaps: ValueMaps,
  codebook: Codebook,
  progress: ProgressHandle | null,
): Promise<QuestionDefinition[]> {
  // Unmapped columns that are not survey metadata, and columns the user sent to a question by a key of their choosing.
  const candidates = table.layout.columns.filter((column) => {
    const entry = mapping.find((m) => m.key === column.key)!;
    if (questionKeyOf(entry.target)) return true;
    return entry.target === ignoreTarget && entry.source !== 'user' && !isKnownNonQuestion(column);
  });
  const profiles = new Map<
    string,
    { column: SourceColumn; profile: ColumnProfile; reader: ColumnReader; checkboxReader: AnswerReader | null }
  >();
  for (const column of candidates) {
    const reader = new ColumnReader(column, ignoreTarget, valueMaps, codebook);
    const checkboxReader = column.checkbox
      ? new AnswerReader({ key: column.key, position: 0, text: column.key, type: 'multiple', options: [] }, reader, {
          date1904: false,
          dateOrder: null,
        })
      : null;
    profiles.set(column.key, {
      column,
      profile: emptyProfile(column.key, column.label ?? column.header, column.checkbox !== null),
      reader,
      checkboxReader,
    });
  }
  let count = 0;
  for await (const row of table.rows) {
    if (++count % 1000 === 0) {
      progress?.update(count);
      progress?.check();
    }
    for (const { profile, reader, checkboxReader } of profiles.values()) {
      if (checkboxReader) {
        const { answer } = checkboxReader.read(row);
        if (Array.isArray(answer)) addToProfile(profile, answer as string[]);
        continue;
      }
      const raw = reader.raw(row);
      if (isBlank(raw)) continue;
      addToProfile(profile, typeof raw === 'number' || raw instanceof Date ? raw : reader.text(row)!);
    }
  }
  const taken = new Set<string>(mapping.map((m) => questionKeyOf(m.target)).filter((k): k is string => k !== null));
  const questions: QuestionDefinition[] = [];
  for (const { column, profile } of profiles.values()) {
    const chosen = questionKeyOf(mapping.find((m) => m.key === column.key)!.target);
    if (profile.answered === 0 && !chosen) continue;
    const key = chosen && /^[a-z0-9][a-z0-9_-]*$/.test(chosen) ? chosen : questionKeyFor(profile.text, taken);
    questions.push({ ...inferQuestion(profile, key), key, position: questions.length });
    const entry = mapping.find((m) => m.key === column.key)!;
    if (!chosen) {
      entry.target = questionTarget(key);
      entry.source = 'suggested';
      entry.confidence = 1;
    }
  }
  return questions;
}

function countsOf(kind: ImportKind, rowsRead: number, plan: RosterPlan | SurveyPlan): ImportCounts {
  const issues: IssueLog = plan.issues;
  const base = {
    rows: rowsRead,
    duplicates: plan.duplicates,
    matched: plan.matched,
    ambiguous: plan.ambiguous,
    unmatched: plan.unmatched,
    resolvedByHand: plan.resolvedByHand,
    errorCount: issues.errorCount,
    warningCount: issues.warningCount,
    errors: issues.errors,
    warnings: issues.warnings,
  };
  if (kind === 'roster') {
    const roster = plan as RosterPlan;
    return {
      ...base,
      inserted: roster.inserts.length,
      updated: roster.updates.length,
      unchanged: roster.unchanged,
      skipped: roster.notImported.length,
      partial: 0,
      deactivated: roster.deactivate.length,
    };
  }
  const survey = plan as SurveyPlan;
  const updated = survey.inserts.filter((i) => i.supersedes !== null).length;
  return {
    ...base,
    inserted: survey.inserts.length - updated,
    updated,
    unchanged: survey.unchanged,
    skipped: survey.notImported.length,
    partial: survey.partial,
    deactivated: 0,
  };
}

export { countsOf };

/**
 * A cheap fingerprint of the records a plan depends on: the directory, and
 * the survey's responses. When it is unchanged at commit and staff made no
 * row decisions, the preview's plan is still right and is not made again.
 */
export async function dataStamp(db: ReadableDb, surveyId: number | null): Promise<string> {
  const faculty = await db
    .selectFrom('faculty')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('id').as('maxId'),
      eb.fn.max('updated_at').as('changed'),
    ])
    .executeTakeFirstOrThrow();
  const responses =
    surveyId === null
      ? null
      : await db
          .selectFrom('survey_responses')
          .select((eb) => [
            eb.fn.countAll<number>().as('n'),
            eb.fn.max('id').as('maxId'),
            eb.fn.sum<number>('superseded').as('superseded'),
          ])
          .where('survey_id', '=', surveyId)
          .executeTakeFirstOrThrow();
  return JSON.stringify([faculty, responses]);
}

/** Plans a roster against the directory as it is now. */
export async function planRosterNow(
  db: ReadableDb,
  rows: RosterRow[],
  columnOf: Record<string, string>,
  decisions: CommitDecisions,
  today: Date,
): Promise<RosterPlan> {
  const faculty = await db.selectFrom('faculty').selectAll().orderBy('id').execute();
  return planRoster({
    rows,
    faculty,
    decisions,
    today,
    columnOf: (field) => columnOf[field] ?? null,
    conversionIssues: rows.flatMap((r) => r.issues),
  });
}

/** Plans survey rows against the directory and the responses stored now. */
export async function planSurveyNow(
  db: ReadableDb,
  definition: SurveyDefinition,
  rows: SurveyRow[],
  answers: AnswerTable,
  columnOf: Record<string, string>,
  decisions: CommitDecisions,
  people?: PeopleIndex,
): Promise<SurveyPlan> {
  return planSurvey({
    rows,
    answers,
    people: people ?? (await loadPeopleIndex(db)),
    existing: await existingResponses(db, definition.id),
    decisions,
    columnOf: (field) => columnOf[field] ?? null,
    conversionIssues: rows.flatMap((r) => r.issues),
  });
}

export async function existingResponses(db: ReadableDb, surveyId: number | null): Promise<ExistingResponse[]> {
  if (surveyId === null) return [];
  const rows = await db
    .selectFrom('survey_responses')
    .select(['id', 'faculty_id', 'respondent_key', 'response_ref', 'completed_at', 'answers'])
    .where('survey_id', '=', surveyId)
    .where('superseded', '=', 0)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    facultyId: r.faculty_id,
    respondentKey: r.respondent_key,
    responseRef: r.response_ref,
    completedAt: r.completed_at,
    answers: r.answers,
  }));
}

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

function layoutSummary(table: SourceTable): LayoutSummary {
  const { headerRow, labelRow, importIdRow, titleRows } = table.layout;
  return { headerRow, labelRow, importIdRow, titleRows };
}

function questionTargetOf(q: QuestionDefinition): QuestionTarget {
  return { key: q.key, text: q.text, type: q.type, options: q.options };
}

/**
 * Reads the whole file and works out what committing it would do, writing
 * nothing. The result is kept in memory under a preview id for the commit.
 */
export async function createPreview(
  context: ReadContext,
  input: PreviewInput,
  deps: ImportDeps,
): Promise<ImportPreview> {
  const progress = deps.progress.start(input.progressKey, 'reading');
  try {
    const stored = await buildStoredPreview(context, input, deps, progress);
    const previewId = deps.previews.put(stored);
    stored.result.previewId = previewId;
    return stored.result;
  } finally {
    progress.finish();
  }
}

async function buildStoredPreview(
  context: ReadContext,
  input: PreviewInput,
  deps: ImportDeps,
  progress: ProgressHandle,
): Promise<StoredPreview> {
  const { db } = context;
  const template = input.templateId ? await getTemplate(db, input.templateId) : null;
  if (template && template.kind !== input.kind)
    throw new TrellisError(
      'VALIDATION',
      `The template “${template.name}” is for a ${template.kind}, not a ${input.kind}.`,
    );
  const codebook = normalizeCodebook({ ...(template?.codebook ?? {}), ...(input.codebook ?? {}) });
  const survey = input.kind === 'survey' ? await loadSurveyDefinition(db, input) : null;
  const source = await openSpreadsheet(input.path, deps.limits);
  try {
    const sheet = chooseSheet(source, input.sheet);
    const readOptions = {
      signal: progress.signal,
      onProgress: (f: number) => progress.update(Math.round(f * 100), 100),
    };
    let table = await openTable(source, sheet, { sampleSize, ...readOptions });
    const columns = table.layout.columns;
    const fingerprint = layoutFingerprint(input.kind, columns);
    const remembered = await rememberedMapping(db, input.kind, fingerprint);
    const valueMaps: ValueMaps = {
      ...(remembered?.valueMaps ?? {}),
      ...(template?.valueMaps ?? {}),
      ...(input.valueMaps ?? {}),
    };
    const evidence = evidenceOf(table, valueMaps, codebook);
    const creatingFromFile = survey !== null && survey.id === null && survey.questions.length === 0;
    const suggested = suggestMapping(input.kind, evidence, survey?.questions.map(questionTargetOf) ?? []);
    const mapping = resolveMapping({
      kind: input.kind,
      columns,
      suggested,
      // A remembered survey mapping points at another survey's questions; it still says which columns are identity.
      remembered: remembered?.mapping ?? null,
      template: template?.mapping ?? null,
      user: input.mapping,
      survey,
      allowNewQuestions: creatingFromFile,
    });
    if (creatingFromFile) {
      survey.questions = await draftQuestions(table, mapping, valueMaps, codebook, progress);
      table = await openTable(source, sheet, { sampleSize, ...readOptions });
    }
    const unknownQuestion =
      survey &&
      mapping.find((m) => questionKeyOf(m.target) && !survey.questions.some((q) => q.key === questionKeyOf(m.target)));
    if (unknownQuestion) {
      throw new TrellisError(
        'VALIDATION',
        `Column “${unknownQuestion.key}” is mapped to a question this survey does not have.`,
        { [`mapping.${unknownQuestion.key}`]: 'Choose one of the survey’s questions.' },
      );
    }
    if (survey && !mapping.some((m) => questionKeyOf(m.target))) {
      throw new TrellisError(
        'VALIDATION',
        'No column of this file matches a question of the survey. Map the columns to questions, or check that this is the right survey.',
      );
    }
    if (
      input.kind === 'roster' &&
      !mapping.some((m) => ['email', 'employeeId', 'name', 'lastName'].includes(m.target))
    ) {
      throw new TrellisError(
        'VALIDATION',
        'No column of this file names the person (employee id, email or name). Map one before previewing.',
      );
    }

    const columnOf: Record<string, string> = {};
    for (const m of mapping) if (m.target !== ignoreTarget) columnOf[m.target] = m.key;
    const byKey = new Map(columns.map((c) => [c.key, c]));
    const readers = mapping
      .filter((m) => m.target !== ignoreTarget && !questionKeyOf(m.target))
      .map((m) => new ColumnReader(byKey.get(m.key)!, m.target, valueMaps, codebook));
    const dateOrders = dateOrdersOf(table);
    const defaultDateOrder = input.dateOrder ?? null;
    const width = Math.max(...columns.flatMap((c) => c.indexes)) + 1;
    const headerCells = new Array<string>(width).fill('');
    for (const c of columns)
      c.indexes.forEach((i, n) => (headerCells[i] = c.checkbox ? `${c.header}___${c.checkbox.codes[n]}` : c.header));
    const file = fileSummary(source, sheet);
    const previousImport = await previousImportOf(db, input.kind, source.sha256);
    let rowsRead = 0;
    let stamp = '';
    const stepProgress = () => {
      if (++rowsRead % 1000 === 0) progress.check();
    };

    let roster: StoredPreview['roster'] = null;
    let surveyPart: StoredPreview['survey'] = null;
    if (input.kind === 'roster') {
      const rows: RosterRow[] = [];
      const firstSeen = new Map<string, number>();
      for await (const row of table.rows) {
        stepProgress();
        const read = readRosterRow(row, readers, { date1904: source.date1904, dateOrders, defaultDateOrder });
        const key = duplicateKey(read.values);
        const duplicateOf = Object.keys(read.values).length > 0 ? (firstSeen.get(key) ?? null) : null;
        if (duplicateOf === null) firstSeen.set(key, row.number);
        rows.push({ ...read, duplicateOf, cells: rowTexts(row, width) });
      }
      progress.phase('matching');
      stamp = await dataStamp(db, null);
      const plan = await planRosterNow(db, rows, columnOf, commitDecisions.parse({}), context.now());
      roster = { rows, plan };
    } else {
      const definition = survey!;
      const questionByKey = new Map(definition.questions.map((q) => [q.key, q]));
      const answerReaders = mapping
        .filter((m) => questionKeyOf(m.target))
        .map((m) => {
          const question = questionByKey.get(questionKeyOf(m.target)!)!;
          return new AnswerReader(question, new ColumnReader(byKey.get(m.key)!, m.target, valueMaps, codebook), {
            date1904: source.date1904,
            dateOrder: dateOrders.get(m.key) ?? defaultDateOrder,
          });
        });
      const effects = new Map(definition.questions.filter((q) => q.effect).map((q) => [q.position, q.effect!]));
      const people = await loadPeopleIndex(db);
      const rows: SurveyRow[] = [];
      const answers = new AnswerTable();
      const rowOptions = { date1904: source.date1904, dateOrders, defaultDateOrder };
      for await (const row of table.rows) {
        stepProgress();
        const read = readSurveyRow(row, readers, answerReaders, effects, rowOptions, answers);
        (read as SurveyRow).cells = mayBeRejected(read, people) ? rowTexts(row, width) : null;
        rows.push(read as SurveyRow);
      }
      progress.phase('matching');
      stamp = await dataStamp(db, definition.id);
      const plan = await planSurveyNow(db, definition, rows, answers, columnOf, commitDecisions.parse({}), people);
      surveyPart = { definition, rows, answers, plan };
    }

    const stored: StoredPreview = {
      kind: input.kind,
      file,
      layout: layoutSummary(table),
      columns: columnSummaries(table),
      header: headerCells,
      mapping,
      fingerprint,
      valueMaps,
      codebook,
      columnOf,
      rowsRead,
      stamp,
      roster,
      survey: surveyPart,
      result: null as unknown as ImportPreview,
    };
    stored.result = previewResult(stored, roster?.plan ?? surveyPart!.plan, table, previousImport);
    return stored;
  } finally {
    await source.close();
  }
}

/** Survey rows whose cells are kept for the rejected-rows workbook: only those that may not be imported. */
function mayBeRejected(row: Omit<SurveyRow, 'cells'>, people: PeopleIndex): boolean {
  if (row.notAResponse || row.answerCount === 0) return true;
  // Only a row sent to review can be skipped; anonymous rows never are.
  const named = row.who.email || row.who.employeeId || row.who.name;
  return !!named && people.match(row.who).status !== 'matched';
}

function previewResult(
  stored: StoredPreview,
  plan: RosterPlan | SurveyPlan,
  table: SourceTable,
  previousImport: ImportPreview['previousImport'],
): ImportPreview {
  const counts = countsOf(stored.kind, stored.rowsRead, plan);
  const roster = stored.roster ? (plan as RosterPlan) : null;
  const surveyPlan = stored.survey ? (plan as SurveyPlan) : null;
  const changes = roster ? rosterChanges(roster) : [];
  const effects = surveyPlan?.effects ?? [];
  if (previousImport) {
    counts.warnings = [
      {
        row: 0,
        column: null,
        code: 'ALREADY_IMPORTED',
        message: `This file was imported before (import ${previousImport.batchId}, ${previousImport.importedAt.slice(0, 10)}). Rows already in Trellis are not added again.`,
        value: null,
        severity: 'warning',
      },
      ...counts.warnings,
    ];
    counts.warningCount++;
  }
  let survey: ImportPreview['survey'] = null;
  if (stored.survey && surveyPlan) {
    const { definition } = stored.survey;
    const topics = new Map<string, number>();
    for (const e of effects) if (e.kind === 'peerTopicInterest') topics.set(e.topic!, (topics.get(e.topic!) ?? 0) + 1);
    survey = {
      surveyId: definition.id,
      name: definition.name,
      year: definition.year,
      kind: definition.kind,
      newQuestions: definition.id === null ? definition.questions : null,
      effects: {
        changeRequests: effects.filter((e) => e.kind === 'changeRequest').length,
        peerTopicInterest: [...topics].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count),
        noMentor: effects.filter((e) => e.kind === 'noMentor').length,
        needLink: surveyPlan.needLink,
      },
    };
  }
  return {
    previewId: '',
    kind: stored.kind,
    file: stored.file,
    layout: stored.layout,
    columns: stored.columns,
    mapping: stored.mapping,
    fingerprint: stored.fingerprint,
    previousImport,
    summary: {
      ...counts,
      errors: counts.errors.slice(0, listPreview),
      warnings: counts.warnings.slice(0, listPreview),
    },
    skippedRows: { ...table.skipped, title: table.layout.titleRows },
    review: plan.review.slice(0, listPreview),
    reviewCount: plan.review.length,
    changes: changes.slice(0, listPreview),
    changeCount: changes.length,
    missing: (roster?.missing ?? []).slice(0, listPreview),
    missingCount: roster?.missing.length ?? 0,
    effects: effects.slice(0, listPreview),
    effectCount: effects.length,
    survey,
  };
}

/** Pages through a preview's lists. */
export function previewDetails(
  stored: StoredPreview,
  section: 'issues' | 'review' | 'changes' | 'missing' | 'effects',
  offset: number,
  limit: number,
): { total: number; items: unknown[] } {
  const plan = stored.roster?.plan ?? stored.survey!.plan;
  const items: unknown[] =
    section === 'issues'
      ? plan.issues.sorted()
      : section === 'review'
        ? plan.review
        : section === 'changes'
          ? stored.roster
            ? rosterChanges(stored.roster.plan)
            : []
          : section === 'missing'
            ? (stored.roster?.plan.missing ?? [])
            : (stored.survey?.plan.effects ?? []);
  return { total: items.length, items: items.slice(offset, offset + limit) };
}

/** Questions a survey would get from this file (imports.draftSurvey), and the mapping a preview would use. */
export async function draftSurveyFromFile(
  input: { path: string; sheet?: string; codebook?: Record<string, unknown> },
  deps: ImportDeps,
): Promise<{ sheet: string; questions: QuestionDefinition[]; mapping: Record<string, string> }> {
  const codebook = normalizeCodebook(input.codebook ?? {});
  const source = await openSpreadsheet(input.path, deps.limits);
  try {
    const sheet = chooseSheet(source, input.sheet);
    const table = await openTable(source, sheet, { sampleSize });
    const suggested = suggestMapping('survey', evidenceOf(table, {}, codebook), []);
    const questions = await draftQuestions(table, suggested, {}, codebook, null);
    return { sheet, questions, mapping: Object.fromEntries(suggested.map((m) => [m.key, m.target])) };
  } finally {
    await source.close();
  }
}
