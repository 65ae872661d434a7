import { cellText, isBlank, type RawRow } from './cells';

const totalLabel = /^(grand\s+|sub-?)?totals?\b|^(count|sum|average|mean|n)\s*[:=]?\s*$/i;

/**
 * A total or summary row under the data: one with an aggregate formula
 * (SUM, COUNTA, …), or one labelled "Total"/"Count"/"Average" in its first
 * filled cell with most of the row empty — a person's row is never that sparse.
 */
export function isSummaryRow(row: RawRow, columnCount: number): boolean {
  if (row.aggregate) return true;
  // Cheap test first: most rows are people, whose first filled cell is no "Total".
  const first = row.cells.find((c) => !isBlank(c));
  if (first === undefined || typeof first !== 'string' || !totalLabel.test(cellText(first).trim())) return false;
  const filled = row.cells.filter((c) => !isBlank(c)).length;
  return filled <= Math.max(3, Math.floor(columnCount / 2));
}
