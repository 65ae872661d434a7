import { withoutBidiControls } from '../../../common/text';
import type { CellValue } from '../cells';

/** What exceljs's streaming reader puts in a cell (see exceljs/lib/doc/cell.js). */
type ExcelValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { richText: { text: string }[] }
  | { text: unknown; hyperlink: string }
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { error: string }
  | { sharedString: number };

const aggregateFormula = /^\s*(SUM|SUBTOTAL|COUNTA?|AVERAGE|AGGREGATE)\s*\(/i;

/** Days between Excel's epochs and 1970-01-01. */
const epoch1900 = 25569;
const epoch1904Offset = 1462;

export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - epoch1900 + (date1904 ? epoch1904Offset : 0)) * 86_400_000));
}

/** The part of an exceljs cell the conversion looks at. */
export interface CellLike {
  value: unknown;
  numFmt?: string;
}

/** Set by convertCell when the last cell converted held an aggregate formula (SUM, COUNTA…). */
export const lastCell = { aggregate: false };

/**
 * Reduces a cell to its value: a formula to its cached result (never the
 * formula), rich text and hyperlinks to their text, an error (#N/A) to
 * nothing. A formula whose result is shown as a date becomes that date.
 * Called for every cell of a sheet, so it allocates nothing it can avoid.
 */
export function convertCell(
  cell: CellLike,
  isDateFormat: (format: string | undefined) => boolean,
  date1904: boolean,
): CellValue {
  lastCell.aggregate = false;
  const raw = cell.value as ExcelValue;
  if (raw === null || raw === undefined) return null;
  switch (typeof raw) {
    case 'string':
      return withoutBidiControls(raw);
    case 'number':
      return Number.isFinite(raw) ? raw : null;
    case 'boolean':
      return raw;
  }
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw;
  if ('richText' in raw) return withoutBidiControls(raw.richText.map((run) => run.text ?? '').join(''));
  if ('hyperlink' in raw) {
    const text = raw.text;
    if (typeof text === 'string') return withoutBidiControls(text);
    if (text && typeof text === 'object' && 'richText' in text)
      return withoutBidiControls((text as { richText: { text: string }[] }).richText.map((r) => r.text ?? '').join(''));
    return withoutBidiControls(raw.hyperlink);
  }
  if ('formula' in raw || 'sharedFormula' in raw) {
    lastCell.aggregate = aggregateFormula.test(raw.formula ?? '');
    const result = raw.result;
    if (typeof result === 'number') {
      if (!Number.isFinite(result)) return null;
      return isDateFormat(cell.numFmt) ? excelSerialToDate(result, date1904) : result;
    }
    if (result && typeof result === 'object' && !(result instanceof Date)) return null;
    if (typeof result === 'string') return withoutBidiControls(result);
    return (result as CellValue | undefined) ?? null;
  }
  return null;
}
