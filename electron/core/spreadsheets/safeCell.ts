/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a
 * formula (and some treat a leading tab or carriage return the same way), so
 * text we write into a spreadsheet — a survey comment, a rejected value, a
 * responsibility — could otherwise call out to the network or run commands
 * when the file is opened. A leading apostrophe makes Excel, LibreOffice and
 * Google Sheets show the text as typed.
 */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);

export function escapeFormula(text: string): string {
  return text.length > 0 && formulaTriggers.has(text[0]!) ? `'${text}` : text;
}

/** Applies `escapeFormula` to text cells; numbers, dates and empty cells pass through. */
export function safeCellValue<T>(value: T): T | string {
  return typeof value === 'string' ? escapeFormula(value) : value;
}
