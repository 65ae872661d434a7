import { escapeFormula } from '../spreadsheets/safeCell';

/** UTF-8 byte order mark: Excel reads the file as UTF-8 only with it (names like "Nguyễn"). */
export const byteOrderMark = '\uFEFF';

/**
 * One CSV field (RFC 4180): text that starts like a formula gets a leading
 * apostrophe, then fields with a comma, quote or line break are quoted, with
 * quotes doubled. Numbers are written as numbers; null as an empty field.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = escapeFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
