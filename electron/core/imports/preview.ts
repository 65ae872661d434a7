import { TrellisError } from '../../common/errors';
import type { ReadContext } from '../handlers';
import { normalizeCodebook } from '../spreadsheets/codebook';
import { openSpreadsheet } from '../spreadsheets/read';
import { openTable, type SourceTable } from '../spreadsheets/table';
import { ColumnReader, rowTexts, type ValueMaps } from './columns';
import { commitDecisions, type ImportPreview, type PreviewInput } from './contract';
import type { ImportDeps } from './deps';
import { chooseSheet, columnSummaries, dateOrdersOf, fileSummary, layoutSummary } from './fileSummary';
import { layoutFingerprint } from './mapping/fingerprint';
import { evidenceOf, questionTargetOf, resolveMapping } from './mapping/resolve';
import { getTemplate, rememberedMapping } from './mapping/store';
import { suggestMapping } from './mapping/suggest';
import { loadPeopleIndex, type PeopleIndex } from './matching/people';
import { countsOf, dataStamp, planRosterNow, planSurveyNow, previousImportOf } from './planNow';
import type { ProgressHandle } from './progress';
import { rosterChanges, type RosterPlan } from './roster/plan';
import { duplicateKey, readRosterRow, type RosterRow } from './roster/values';
import { sampleSize } from './sampleSize';
import { AnswerReader } from './survey/answers';
import { AnswerTable } from './survey/answerTable';
import { loadSurveyDefinition } from './survey/definition';
import { draftQuestions } from './survey/draft';
import type { SurveyPlan } from './survey/plan';
import type { SignupPlan } from './signup/plan';
import { readSurveyRow, type SurveyRow } from './survey/values';
import type { StoredPreview } from './stored';
import { planSignupsNow } from './signup/commit';
import { readSignupRow, type SignupRow } from './signup/values';
import { ignoreTarget, questionKeyOf, signupKind, type BatchKind } from './targets';

/** A preview of any kind: the Imports page's kinds, or a workshop's sign-up sheet (with its workshop). */
export type PreviewRequest = Omit<PreviewInput, 'kind'> & { kind: BatchKind; workshopId?: number };

/** How many errors, rows to review and changes a preview returns at once; the rest are paged with previewDetails. */
const listPreview = 100;

/**
 * Reads the whole file and works out what committing it would do, writing
 * nothing. The result is kept in memory under a preview id for the commit.
 */
export async function createPreview(
  context: ReadContext,
  input: PreviewRequest,
  deps: ImportDeps,
): Promise<StoredPreview['result']> {
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
  input: PreviewRequest,
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
  const survey = input.kind === 'survey' ? await loadSurveyDefinition(db, { ...input, kind: 'survey' }) : null;
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
      input.kind !== 'survey' &&
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
    let signup: StoredPreview['signup'] = null;
    if (input.kind === signupKind) {
      const rows: SignupRow[] = [];
      for await (const row of table.rows) {
        stepProgress();
        rows.push({ ...readSignupRow(row, readers), cells: rowTexts(row, width) });
      }
      progress.phase('matching');
      stamp = await dataStamp(db, null);
      const workshopId = input.workshopId!;
      signup = {
        workshopId,
        rows,
        plan: await planSignupsNow(db, workshopId, rows, columnOf, commitDecisions.parse({})),
      };
    } else if (input.kind === 'roster') {
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
      signup,
      result: null as unknown as StoredPreview['result'],
    };
    stored.result = previewResult(stored, roster?.plan ?? surveyPart?.plan ?? signup!.plan, table, previousImport);
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
  plan: RosterPlan | SurveyPlan | SignupPlan,
  table: SourceTable,
  previousImport: ImportPreview['previousImport'],
): StoredPreview['result'] {
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
  const plan = stored.roster?.plan ?? stored.survey?.plan ?? stored.signup!.plan;
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
