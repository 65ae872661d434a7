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

export interface ConvertedCell {
  value: CellValue;
  aggregate: boolean;
}

/** Days between Excel's epochs and 1970-01-01. */
const epoch1900 = 25569;
const epoch1904Offset = 1462;

export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - epoch1900 + (date1904 ? epoch1904Offset : 0)) * 86_400_000));
}

/**
 * Reduces a cell to its value: a formula to its cached result (never the
 * formula), rich text and hyperlinks to their text, an error (#N/A) to
 * nothing. A formula whose result is shown as a date becomes that date.
 */
export function convertCell(raw: ExcelValue, isDateFormat: () => boolean, date1904: boolean): ConvertedCell {
  if (raw === null || raw === undefined) return { value: null, aggregate: false };
  switch (typeof raw) {
    case 'string':
      return { value: raw, aggregate: false };
    case 'number':
      return { value: Number.isFinite(raw) ? raw : null, aggregate: false };
    case 'boolean':
      return { value: raw, aggregate: false };
  }
  if (raw instanceof Date) return { value: Number.isNaN(raw.getTime()) ? null : raw, aggregate: false };
  if ('richText' in raw) return { value: raw.richText.map((run) => run.text ?? '').join(''), aggregate: false };
  if ('hyperlink' in raw) {
    const text = raw.text;
    if (typeof text === 'string') return { value: text, aggregate: false };
    if (text && typeof text === 'object' && 'richText' in text) {
      return { value: (text as { richText: { text: string }[] }).richText.map((r) => r.text ?? '').join(''), aggregate: false };
    }
    return { value: raw.hyperlink, aggregate: false };
  }
  if ('formula' in raw || 'sharedFormula' in raw) {
    const formula = raw.formula ?? '';
    const aggregate = aggregateFormula.test(formula);
    const result = raw.result;
    if (typeof result === 'number') {
      if (!Number.isFinite(result)) return { value: null, aggregate };
      return { value: isDateFormat() ? excelSerialToDate(result, date1904) : result, aggregate };
    }
    if (result && typeof result === 'object' && !(result instanceof Date)) return { value: null, aggregate };
    return { value: (result as CellValue | undefined) ?? null, aggregate };
  }
  return { value: null, aggregate: false };
}
