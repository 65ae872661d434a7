/**
 * One cell's value as the importer sees it, whatever the file format: text,
 * a number, a boolean, a date (a JS Date whose UTC parts are the wall-clock
 * value typed in the spreadsheet), or nothing. Formulas, rich text and
 * hyperlinks have already been reduced to their value or text.
 */
export type CellValue = string | number | boolean | Date | null;

/** One row read from a sheet: its 1-based number as the user sees it, and cells by 0-based column. */
export interface RawRow {
  number: number;
  cells: CellValue[];
  /** True when a cell holds an aggregate formula (SUM, COUNTA, …): a total row. */
  aggregate: boolean;
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  for (const cell of cells) if (!isBlank(cell)) return false;
  return true;
}

/** The cell as display text: dates as ISO, numbers without float noise. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isoDateTimeText(value);
}

function isoDateTimeText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
