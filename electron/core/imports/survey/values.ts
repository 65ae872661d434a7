import { isBlank } from '../../spreadsheets/cells';
import { isoDateTimeOf, parseTextDate, type DayMonthOrder } from '../../spreadsheets/dates';
import { excelSerialToDate } from '../../spreadsheets/xlsx/cellValue';
import type { DataRow } from '../../spreadsheets/table';
import type { QuestionEffect } from '../../surveys/contract';
import { foldForSearch } from '../../../common/text';
import type { ImportIssue } from '../contract';
import type { ColumnReader } from '../columns';
import { displayName, joinName, normalizeEmail } from '../matching/names';
import type { WhoInRow } from '../matching/people';
import type { RespondentField, ResponseField } from '../targets';
import type { AnswerReader } from './answers';
import type { AnswerTable } from './answerTable';

/** One survey row, read and normalised; answers are already serialised. */
export interface SurveyRow {
  row: number;
  who: WhoInRow;
  responseRef: string | null;
  startedAt: string | null;
  completedAt: string | null;
  partial: boolean;
  /** Survey previews and spam (Qualtrics "Response Type") are not responses. */
  notAResponse: string | null;
  /** Handle of the row's answers (JSON: question position → answer) in the preview's AnswerTable. */
  answers: number;
  answerCount: number;
  /** What the annual-survey questions said, for effects. */
  signals: { wantsMentorChange: boolean; hasMentor: boolean | null; topics: string[] };
  issues: ImportIssue[];
  cells: string[] | null;
}

const noIssues: ImportIssue[] = Object.freeze([]) as unknown as ImportIssue[];
const truthy = new Set(['true', '1', 'yes', 'y', 'finished', 'complete', 'completed']);
const notResponses = /preview|spam|test/i;
/** Qualtrics numeric "Status" codes: 1 preview, 2 test, 8 spam, 9 preview spam, 12 imported spam, 17 offline preview. */
const notResponseCodes = new Set(['1', '2', '8', '9', '12', '17']);

export interface SurveyReadOptions {
  date1904: boolean;
  dateOrders: Map<string, DayMonthOrder | null>;
  defaultDateOrder: DayMonthOrder | null;
}

function timestamp(
  reader: ColumnReader,
  row: DataRow,
  options: SurveyReadOptions,
  issues: ImportIssue[],
): string | null {
  const raw = reader.raw(row);
  if (isBlank(raw)) return null;
  if (raw instanceof Date) return isoDateTimeOf(raw);
  if (typeof raw === 'number') return isoDateTimeOf(excelSerialToDate(raw, options.date1904));
  const text = reader.text(row)!;
  const parsed = parseTextDate(text, options.dateOrders.get(reader.column.key) ?? options.defaultDateOrder);
  if (!parsed) {
    issues.push({
      row: row.number,
      column: reader.column.key,
      code: 'INVALID_DATE',
      message: `“${text}” is not a date and time Trellis can read.`,
      value: text,
      severity: 'warning',
    });
    return null;
  }
  if (parsed.ambiguous) {
    issues.push({
      row: row.number,
      column: reader.column.key,
      code: 'AMBIGUOUS_DATE',
      message: `“${text}” could be day/month or month/day; read as ${parsed.date}.`,
      value: text,
      severity: 'warning',
    });
  }
  return `${parsed.date}T${parsed.time ?? '00:00:00'}`;
}

const yesLike = (label: string) => /^yes\b/.test(foldForSearch(label));
const noLike = (label: string) => /^no\b/.test(foldForSearch(label));

export function readSurveyRow(
  row: DataRow,
  fieldReaders: readonly ColumnReader[],
  answerReaders: readonly AnswerReader[],
  effects: ReadonlyMap<number, QuestionEffect>,
  options: SurveyReadOptions,
  answerTable: AnswerTable,
): Omit<SurveyRow, 'cells'> {
  const issues: ImportIssue[] = [];
  const who: WhoInRow = { employeeId: null, email: null, name: null };
  const names: Partial<Record<'name' | 'firstName' | 'lastName', string>> = {};
  let responseRef: string | null = null;
  let startedAt: string | null = null;
  let completedAt: string | null = null;
  let partial = false;
  let notAResponse: string | null = null;
  for (const reader of fieldReaders) {
    const field = reader.target as RespondentField | ResponseField;
    if (isBlank(reader.raw(row))) continue;
    // Timestamps read their cell themselves: a date cell need not become text first.
    const text = field === 'startedAt' || field === 'completedAt' ? '' : reader.text(row)!;
    switch (field) {
      case 'employeeId':
        who.employeeId = text;
        break;
      case 'email':
        who.email = normalizeEmail(text);
        break;
      case 'name':
      case 'firstName':
      case 'lastName':
        names[field] = text;
        break;
      case 'responseId':
        responseRef = text;
        break;
      case 'startedAt':
        startedAt = timestamp(reader, row, options, issues);
        break;
      case 'completedAt':
        completedAt = timestamp(reader, row, options, issues);
        break;
      case 'progress': {
        const progress = Number(text.replace('%', ''));
        if (Number.isFinite(progress) && progress < 100) partial = true;
        break;
      }
      case 'finished':
        if (!truthy.has(foldForSearch(text))) partial = true;
        break;
      case 'completionStatus':
        // REDCap: 0 Incomplete, 1 Unverified, 2 Complete.
        if (!['2', 'complete', 'completed'].includes(foldForSearch(text))) partial = true;
        break;
      case 'responseType':
        if (notResponses.test(text) || notResponseCodes.has(text.trim())) notAResponse = text;
        break;
    }
  }
  who.name =
    names.firstName || names.lastName
      ? joinName(names.firstName ?? null, null, names.lastName ?? null)
      : names.name
        ? displayName(names.name)
        : null;

  // Kept as JSON pieces: choice answers arrive already serialised, and a
  // response of 50 answers is written 50,000 times in a large import.
  const answers: string[] = [];
  let answerCount = 0;
  const signals: SurveyRow['signals'] = { wantsMentorChange: false, hasMentor: null, topics: [] };
  for (const reader of answerReaders) {
    const read = reader.read(row);
    const { answer, problem } = read;
    if (problem)
      issues.push({
        row: row.number,
        column: reader.reader.column.key,
        code: problem.code,
        message: problem.message,
        value: problem.value,
        severity: 'warning',
      });
    if (answer === null) continue;
    answers.push(read.json ?? `"${reader.question.position}":${JSON.stringify(answer)}`);
    answerCount++;
    const effect = effects.get(reader.question.position);
    const label =
      Array.isArray(answer) && typeof answer[0] === 'number'
        ? String(answer[1])
        : typeof answer === 'string'
          ? answer
          : null;
    if (effect === 'wantsMentorChange' && label && yesLike(label)) signals.wantsMentorChange = true;
    if (effect === 'hasMentor' && label) signals.hasMentor = yesLike(label) ? true : noLike(label) ? false : null;
    if (effect === 'peerGroupTopics' && Array.isArray(answer))
      // slice(): an exact-size copy, where a filtered array keeps room to grow (kept for every row until commit).
      signals.topics = (answer as string[]).filter((t) => typeof t === 'string').slice();
  }
  // Most rows have no issues: share one empty list rather than keep 50,000.
  return {
    row: row.number,
    who,
    responseRef,
    startedAt,
    completedAt,
    partial,
    notAResponse,
    answers: answerTable.add(answers),
    answerCount,
    signals,
    issues: issues.length ? issues : noIssues,
  };
}
