import { cellText, isBlank, type RawRow } from './cells';

const totalLabel = /^(grand\s+|sub-?)?totals?\b|^(count|sum|average|mean|n)\s*[:=]?\s*$/i;

/**
 * A total or summary row under the data: one with an aggregate formula
 * (SUM, COUNTA, …), or one labelled "Total"/"Count"/"Average" in its first
 * filled cell with most of the row empty — a person's row is never that sparse.
 */
export function isSummaryRow(row: RawRow, columnCount: number): boolean {
  if (row.aggregate) return true;
  const filled = row.cells.filter((c) => !isBlank(c));
  if (filled.length === 0) return false;
  const first = cellText(filled[0]!).trim();
  return totalLabel.test(first) && filled.length <= Math.max(3, Math.floor(columnCount / 2));
}
