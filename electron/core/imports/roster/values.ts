import type { CareerStage, Rank } from '../../../common/ranks';
import { ranks } from '../../../common/ranks';
import { isBlank } from '../../spreadsheets/cells';
import { isoDateOf, isPlausibleSerial, parseTextDate, type DayMonthOrder } from '../../spreadsheets/dates';
import { excelSerialToDate } from '../../spreadsheets/xlsx/cellValue';
import type { DataRow } from '../../spreadsheets/table';
import { foldForSearch } from '../../../common/text';
import type { ImportIssue } from '../contract';
import type { ColumnReader } from '../columns';
import { displayName, joinName, normalizeEmail } from '../matching/names';
import type { RosterField } from '../targets';
import { normalizeRank } from './rankNames';

/** What one roster row says, normalised; a field is absent when its cell is blank. */
export interface RosterValues {
  employeeId?: string;
  email?: string;
  name?: string;
  department?: string;
  division?: string;
  rank?: Rank;
  track?: string;
  appointmentStart?: string;
  careerStage?: CareerStage;
  interests?: string[];
  firstTimeLeader?: boolean;
}

export interface RosterRow {
  row: number;
  values: RosterValues;
  /** Problems reading the row's cells; any error keeps the row out. */
  issues: ImportIssue[];
  /** The earlier row this one repeats exactly. */
  duplicateOf: number | null;
  /** The raw cells, kept only for rows that may be rejected. */
  cells: string[] | null;
}

export interface RosterReadOptions {
  date1904: boolean;
  /** Per column: the day/month order its text dates settle. */
  dateOrders: Map<string, DayMonthOrder | null>;
  defaultDateOrder: DayMonthOrder | null;
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'checked']);
const no = new Set(['no', 'n', 'false', '0', '']);

function careerStageOf(text: string): CareerStage | null {
  const t = foldForSearch(text);
  if (/^early/.test(t)) return 'early';
  if (/^mid/.test(t)) return 'mid';
  if (/^late|^senior/.test(t)) return 'late';
  return null;
}

/** Reads a roster row through its mapped columns. */
export function readRosterRow(
  row: DataRow,
  readers: readonly ColumnReader[],
  options: RosterReadOptions,
): Omit<RosterRow, 'duplicateOf' | 'cells'> {
  const values: RosterValues = {};
  const issues: ImportIssue[] = [];
  const parts: Partial<Record<'name' | 'firstName' | 'middleName' | 'lastName', string>> = {};
  const fail = (
    reader: ColumnReader,
    code: string,
    message: string,
    value: string | null,
    severity: 'error' | 'warning' = 'error',
  ) => issues.push({ row: row.number, column: reader.column.key, code, message, value, severity });

  for (const reader of readers) {
    const field = reader.target as RosterField;
    const raw = reader.raw(row);
    if (isBlank(raw)) continue;
    const text = reader.text(row)!.replace(/\s+/g, ' ').trim();
    switch (field) {
      case 'employeeId':
        values.employeeId = text;
        break;
      case 'email':
        values.email = normalizeEmail(text);
        break;
      case 'name':
      case 'firstName':
      case 'middleName':
      case 'lastName':
        parts[field] = text;
        break;
      case 'department':
      case 'division':
      case 'track':
        values[field] = text;
        break;
      case 'rank': {
        const rank = normalizeRank(text);
        if (rank) values.rank = rank;
        else
          fail(
            reader,
            'UNKNOWN_RANK',
            `“${text}” is not a rank Trellis knows (${ranks.join(', ')}). Add a value map for it, or correct the file.`,
            text,
          );
        break;
      }
      case 'appointmentStart': {
        if (raw instanceof Date) values.appointmentStart = isoDateOf(raw);
        else if (typeof raw === 'number' && isPlausibleSerial(raw))
          values.appointmentStart = isoDateOf(excelSerialToDate(raw, options.date1904));
        else {
          const order = options.dateOrders.get(reader.column.key) ?? options.defaultDateOrder;
          const parsed = parseTextDate(text, order);
          if (!parsed)
            fail(reader, 'INVALID_DATE', `“${text}” is not a date Trellis can read. Use a form like 2024-07-01.`, text);
          else {
            values.appointmentStart = parsed.date;
            if (parsed.ambiguous) {
              fail(
                reader,
                'AMBIGUOUS_DATE',
                `“${text}” could be day/month or month/day; read as ${parsed.date}. Choose the date order if that is wrong.`,
                text,
                'warning',
              );
            }
          }
        }
        break;
      }
      case 'careerStage': {
        const stage = careerStageOf(text);
        if (stage) values.careerStage = stage;
        else fail(reader, 'UNKNOWN_CAREER_STAGE', `“${text}” is not a career stage (early, mid or late career).`, text);
        break;
      }
      case 'interests':
        values.interests = [
          ...new Set(
            text
              .split(/[;,|]/)
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ].slice(0, 40);
        break;
      case 'firstTimeLeader': {
        const folded = foldForSearch(text);
        if (yes.has(folded)) values.firstTimeLeader = true;
        else if (no.has(folded)) values.firstTimeLeader = false;
        else fail(reader, 'NOT_YES_NO', `“${text}” should be Yes or No.`, text);
        break;
      }
    }
  }
  const name =
    parts.firstName || parts.lastName
      ? joinName(parts.firstName ?? null, parts.middleName ?? null, parts.lastName ?? null)
      : parts.name
        ? displayName(parts.name)
        : '';
  if (name) values.name = name;
  return { row: row.number, values, issues };
}

/** Exact duplicates are compared on normalised values (so an email's case does not make a row different). */
export function duplicateKey(values: RosterValues): string {
  return JSON.stringify(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
}
