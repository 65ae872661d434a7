import { cellText, isBlank, type CellValue } from '../../spreadsheets/cells';
import { isoDateOf, isPlausibleSerial, parseTextDate, type DayMonthOrder } from '../../spreadsheets/dates';
import { ChoiceSplitter } from '../../spreadsheets/multiSelect';
import { excelSerialToDate } from '../../spreadsheets/xlsx/cellValue';
import type { DataRow } from '../../spreadsheets/table';
import type { QuestionType } from '../../surveys/contract';
import { foldForSearch } from '../../../common/text';
import type { ColumnReader } from '../columns';

/**
 * A stored answer: text for single choice, free text and dates (YYYY-MM-DD),
 * a number, a list of labels for multiple choice, and [ordinal, label] for a
 * Likert scale (ordinal 1 = the first, lowest label).
 */
export type Answer = string | number | string[] | [number, string];

export interface QuestionShape {
  key: string;
  /** Answers are stored under the question's position. */
  position: number;
  text: string;
  type: QuestionType;
  options: readonly string[];
}

export interface AnswerProblem {
  code: string;
  message: string;
  value: string;
}

export interface ReadAnswer {
  answer: Answer | null;
  problem: AnswerProblem | null;
  /** `"position":answer` as JSON, when already known (choice answers repeat; each is serialised once). */
  json?: string;
}

const checked = new Set(['1', 'checked', 'true', 'yes', 'x', 'y', 'selected']);
const unchecked = new Set(['0', 'unchecked', 'false', 'no', 'n', '']);

/** Numbers as people type them: "1,5" (decimal comma), "1,500" (thousands), "42%". */
export function parseNumber(value: CellValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return null;
  let text = value.trim().replace(/%$/, '').replace(/\s/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^[-+]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/** Reads one question's answer from its column (or checkbox group), for one row. */
export class AnswerReader {
  private readonly splitter: ChoiceSplitter | null;
  private readonly labels: Map<string, string>;
  /** Choice answers repeat: each distinct text is worked out once. */
  private readonly cache = new Map<string, ReadAnswer>();

  constructor(
    readonly question: QuestionShape,
    readonly reader: ColumnReader,
    private readonly options: { date1904: boolean; dateOrder: DayMonthOrder | null },
  ) {
    this.splitter = question.type === 'multiple' ? new ChoiceSplitter(question.options) : null;
    // Exact labels first (the usual case, no folding), then folded ones.
    this.labels = new Map(
      question.options.flatMap(
        (o) =>
          [
            [o, o],
            [foldForSearch(o.replace(/\s+/g, ' ').trim()), o],
          ] as [string, string][],
      ),
    );
  }

  read(row: DataRow): ReadAnswer {
    const { question, reader } = this;
    if (reader.column.checkbox) return this.readCheckboxes(row);
    const raw = reader.raw(row);
    if (isBlank(raw)) return noAnswer;
    const choice = question.type === 'single' || question.type === 'likert' || question.type === 'multiple';
    // Most cells are a choice seen before: answer from the cache before any text work.
    if (choice && typeof raw === 'string') {
      const seen = this.cache.get(raw);
      if (seen) return seen;
    }
    const text = reader.text(row)!;
    if (choice) {
      const cached = this.cache.get(text);
      if (cached) return cached;
      const result = this.readChoice(text);
      if (result.answer !== null) result.json = `"${question.position}":${JSON.stringify(result.answer)}`;
      if (this.cache.size < 5000) {
        this.cache.set(text, result);
        if (typeof raw === 'string') this.cache.set(raw, result);
      }
      return result;
    }
    switch (question.type) {
      case 'text':
        return { answer: text, problem: null };
      case 'number': {
        const number = parseNumber(reader.hasMap() ? text : raw);
        return number === null
          ? problem('NOT_A_NUMBER', `“${text}” is not a number; the answer was left out.`, text)
          : { answer: number, problem: null };
      }
      case 'date': {
        if (raw instanceof Date) return { answer: isoDateOf(raw), problem: null };
        if (typeof raw === 'number' && isPlausibleSerial(raw))
          return { answer: isoDateOf(excelSerialToDate(raw, this.options.date1904)), problem: null };
        const parsed = parseTextDate(text, this.options.dateOrder);
        if (!parsed)
          return problem('INVALID_DATE', `“${text}” is not a date Trellis can read; the answer was left out.`, text);
        return {
          answer: parsed.date,
          problem: parsed.ambiguous
            ? {
                code: 'AMBIGUOUS_DATE',
                message: `“${text}” could be day/month or month/day; read as ${parsed.date}.`,
                value: text,
              }
            : null,
        };
      }
      default:
        return this.readChoice(text);
    }
  }

  private label(text: string): string | undefined {
    return this.labels.get(text) ?? this.labels.get(foldForSearch(text.replace(/\s+/g, ' ').trim()));
  }

  private readChoice(text: string): ReadAnswer {
    const { question } = this;
    switch (question.type) {
      case 'single': {
        const label = this.label(text);
        if (label) return { answer: label, problem: null };
        return {
          answer: text,
          problem: {
            code: 'UNKNOWN_OPTION',
            message: `“${text}” is not one of the question's choices; it was kept as written.`,
            value: text,
          },
        };
      }
      case 'likert': {
        const label = this.label(text);
        if (label) return { answer: [question.options.indexOf(label) + 1, label], problem: null };
        // Numeric recodes (Qualtrics "1".."5"): the scale position.
        const number = parseNumber(text);
        if (number !== null && Number.isInteger(number) && number >= 1 && number <= question.options.length) {
          return { answer: [number, question.options[number - 1]!], problem: null };
        }
        return problem(
          'NOT_ON_SCALE',
          `“${text}” is not on the scale (${question.options.join(', ')}); the answer was left out.`,
          text,
        );
      }
      case 'multiple': {
        const { selected, unknown } = this.splitter!.split(text);
        const answer = [...selected, ...unknown];
        return {
          answer: answer.length ? answer : null,
          problem: unknown.length
            ? {
                code: 'UNKNOWN_OPTION',
                message: `${unknown.map((u) => `“${u}”`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not among the question's choices; kept as written.`,
                value: text,
              }
            : null,
        };
      }
      default:
        return { answer: text, problem: null };
    }
  }

  /** REDCap: one column per choice, 1/0 (raw) or Checked/Unchecked (labels); codes become labels through the codebook. */
  private readCheckboxes(row: DataRow): ReadAnswer {
    const cells = this.reader.rawGroup(row);
    const codes = this.reader.column.checkbox!.codes;
    const selected: string[] = [];
    let answeredAny = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? null;
      if (isBlank(cell)) continue;
      const value = foldForSearch(cellText(cell).trim());
      answeredAny = true;
      if (checked.has(value)) {
        const label = this.reader.mapText(codes[i]!);
        selected.push(this.labels.get(foldForSearch(label)) ?? label);
      } else if (!unchecked.has(value)) {
        return problem(
          'NOT_A_CHECKBOX',
          `“${cellText(cell)}” in a checkbox column should be 1/0 or Checked/Unchecked; the answer was left out.`,
          cellText(cell),
        );
      }
    }
    return { answer: answeredAny && selected.length ? selected : null, problem: null };
  }
}

const noAnswer: ReadAnswer = Object.freeze({ answer: null, problem: null }) as ReadAnswer;

function problem(code: string, message: string, value: string): ReadAnswer {
  return { answer: null, problem: { code, message, value } };
}
