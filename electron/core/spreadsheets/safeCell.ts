/**
 * Text that a spreadsheet program would run as a formula (`=`, `+`, `-`, `@`,
 * or a leading tab or carriage return) gets a leading apostrophe, so an
 * exported file is safe to open. Everything else is returned unchanged.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Applies `escapeFormula` to text cells; numbers, dates and empty cells pass through. */
export function safeCellValue<T>(value: T): T | string {
  return typeof value === 'string' ? escapeFormula(value) : value;
}
