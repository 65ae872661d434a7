import { cellText, isBlank, type CellValue } from '../spreadsheets/cells';
import { codesFor, type Codebook } from '../spreadsheets/codebook';
import type { SourceColumn } from '../spreadsheets/headerRow';
import type { DataRow } from '../spreadsheets/table';
import { foldForSearch } from '../../common/text';

export type ValueMaps = Record<string, Record<string, string>>;

/**
 * Reads one mapped column of a row: the cell as it is, or as text with the
 * column's value map and codebook applied (`1 → Yes`, `Asst Prof → Assistant
 * Professor`). Lookups try the exact text, then ignore case and accents.
 */
export class ColumnReader {
  private readonly map: Map<string, string> | null;

  constructor(
    readonly column: SourceColumn,
    readonly target: string,
    valueMaps: ValueMaps,
    codebook: Codebook,
  ) {
    const entries = Object.entries({ ...(codesFor(codebook, column.key) ?? {}), ...(valueMaps[column.key] ?? {}) });
    if (entries.length === 0) this.map = null;
    else {
      this.map = new Map();
      for (const [from, to] of entries) {
        this.map.set(from.trim(), to);
        const folded = foldForSearch(from.trim());
        if (!this.map.has(`\u0000${folded}`)) this.map.set(`\u0000${folded}`, to);
      }
    }
  }

  /** The first (or only) cell, unmapped. */
  raw(row: DataRow): CellValue {
    return row.cells[this.column.indexes[0]!] ?? null;
  }

  /** Every member cell of a checkbox group. */
  rawGroup(row: DataRow): CellValue[] {
    return this.column.indexes.map((i) => row.cells[i] ?? null);
  }

  /** The cell as trimmed text after the value map, or null when blank. */
  text(row: DataRow): string | null {
    const value = this.raw(row);
    if (isBlank(value)) return null;
    return this.mapText(cellText(value).trim());
  }

  mapText(text: string): string {
    if (!this.map) return text;
    return this.map.get(text) ?? this.map.get(`\u0000${foldForSearch(text)}`) ?? text;
  }

  /** A checkbox code's label from the codebook (REDCap `topics___3` → "Trauma"). */
  hasMap(): boolean {
    return this.map !== null;
  }
}

/** The row's cells as text, for the rejected-rows workbook. */
export function rowTexts(row: DataRow, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < width; i++) out.push(cellText(row.cells[i] ?? null));
  return out;
}
