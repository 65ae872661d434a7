import { cellText, columnLetter, isBlank, isBlankRow, type CellValue, type RawRow } from './cells';

/**
 * Finding the header row. Exports put titles, dates and blank rows above the
 * headers ("School of Medicine — Active Faculty Roster"), often in merged
 * cells; Qualtrics adds two rows below them (the question text, then
 * `{"ImportId":"QID1"}`) that are labels, never answers.
 */
export interface SourceColumn {
  /** Unique within the sheet: the header, with " (2)" for repeats, or the checkbox stem. */
  key: string;
  header: string;
  /** Question text from a Qualtrics label row, when there is one. */
  label: string | null;
  /** Qualtrics ImportId (QID12, startDate, …). */
  importId: string | null;
  /** Spreadsheet column letter(s), for messages ("column D"). */
  letter: string;
  /** Cell positions: one, or several for a checkbox group. */
  indexes: number[];
  /** REDCap checkbox group: each member column's choice code (or label). */
  checkbox: { codes: string[] } | null;
}

export interface TableLayout {
  headerRow: number;
  labelRow: number | null;
  importIdRow: number | null;
  titleRows: number[];
  columns: SourceColumn[];
}

const importIdPattern = /^\s*\{\s*"ImportId"\s*:/;
const qualtricsLabels = new Set([
  'start date',
  'end date',
  'response type',
  'ip address',
  'progress',
  'finished',
  'recorded date',
  'response id',
]);
const qualtricsHeaders = new Set(['startdate', 'enddate', 'responseid', 'recordeddate', 'finished', 'progress']);

function nonBlankCells(row: RawRow): CellValue[] {
  return row.cells.filter((c) => !isBlank(c));
}

function looksLikeHeaderText(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (/^[-+]?\d+([.,]\d+)?$/.test(text)) return false;
  return text.length <= 500;
}

function isTitleRow(row: RawRow): boolean {
  const cells = nonBlankCells(row);
  if (cells.length <= 1) return true;
  // A merged title copied into every cell of the merge by some writers.
  const first = cellText(cells[0]!);
  return cells.every((c) => cellText(c) === first);
}

/** Picks the header among the first rows of a sheet (the sample). */
export function detectLayout(sample: RawRow[]): TableLayout | null {
  const widest = Math.max(0, ...sample.map((r) => nonBlankCells(r).length));
  let headerIndex = -1;
  for (let i = 0; i < sample.length; i++) {
    const row = sample[i]!;
    if (isBlankRow(row.cells) || isTitleRow(row)) continue;
    const cells = nonBlankCells(row);
    if (cells.length < Math.max(2, Math.ceil(widest * 0.5))) continue;
    const textual = cells.filter(looksLikeHeaderText).length / cells.length;
    const distinct = new Set(cells.map((c) => cellText(c).trim().toLowerCase())).size / cells.length;
    if (textual >= 0.8 && distinct >= 0.5) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex < 0) return null;
  const header = sample[headerIndex]!;
  const titleRows = sample
    .slice(0, headerIndex)
    .filter((r) => !isBlankRow(r.cells))
    .map((r) => r.number);

  // Qualtrics: question text and ImportId rows directly under the header.
  const next = sample[headerIndex + 1];
  const afterNext = sample[headerIndex + 2];
  const importIdShare = (row: RawRow | undefined) =>
    row
      ? nonBlankCells(row).filter((c) => typeof c === 'string' && importIdPattern.test(c)).length /
        Math.max(1, nonBlankCells(row).length)
      : 0;
  let labelRow: RawRow | null = null;
  let importIdRow: RawRow | null = null;
  if (importIdShare(next) >= 0.5) importIdRow = next!;
  else if (importIdShare(afterNext) >= 0.5) {
    importIdRow = afterNext!;
    labelRow = next!;
  } else if (next) {
    const headerWords = header.cells.map((c) => cellText(c).trim().toLowerCase());
    const nextWords = next.cells.map((c) => cellText(c).trim().toLowerCase());
    const qualtricsHeader = headerWords.filter((w) => qualtricsHeaders.has(w)).length >= 3;
    if (qualtricsHeader && nextWords.filter((w) => qualtricsLabels.has(w)).length >= 3) labelRow = next;
  }

  const width = Math.max(header.cells.length, ...sample.slice(headerIndex).map((r) => r.cells.length));
  const dataRows = sample.slice(headerIndex + 1).filter((r) => r !== labelRow && r !== importIdRow);
  const plain: SourceColumn[] = [];
  for (let index = 0; index < width; index++) {
    let headerText = cellText(header.cells[index] ?? null)
      .replace(/\s+/g, ' ')
      .trim();
    if (headerText === '') {
      // A column with data but no header still gets a name; an empty one is dropped.
      if (!dataRows.some((r) => !isBlank(r.cells[index]))) continue;
      headerText = `Column ${columnLetter(index)}`;
    }
    const label = labelRow
      ? cellText(labelRow.cells[index] ?? null)
          .replace(/\s+/g, ' ')
          .trim() || null
      : null;
    let importId: string | null = null;
    const rawImportId = importIdRow?.cells[index];
    if (typeof rawImportId === 'string' && importIdPattern.test(rawImportId)) {
      try {
        importId = String((JSON.parse(rawImportId) as { ImportId?: unknown }).ImportId ?? '') || null;
      } catch {
        importId = null;
      }
    }
    plain.push({
      key: headerText,
      header: headerText,
      label,
      importId,
      letter: columnLetter(index),
      indexes: [index],
      checkbox: null,
    });
  }
  return {
    headerRow: header.number,
    labelRow: labelRow?.number ?? null,
    importIdRow: importIdRow?.number ?? null,
    titleRows,
    columns: uniqueKeys(groupCheckboxes(plain)),
  };
}

/** REDCap checkbox columns: raw `topics___1`, or labelled `Topics? (choice=Trauma)`. */
const rawCheckbox = /^(.+?)___([A-Za-z0-9_.-]+)$/;
const labelCheckbox = /^(.*\S)\s*\(choice=(.+)\)$/;

function groupCheckboxes(columns: SourceColumn[]): SourceColumn[] {
  const groups = new Map<string, { column: SourceColumn; codes: string[] }>();
  const out: SourceColumn[] = [];
  for (const column of columns) {
    const match = rawCheckbox.exec(column.header) ?? labelCheckbox.exec(column.header);
    if (!match) {
      out.push(column);
      continue;
    }
    const stem = match[1]!.trim();
    const existing = groups.get(stem);
    if (existing) {
      existing.column.indexes.push(...column.indexes);
      existing.column.letter = `${existing.column.letter.split('–')[0]}–${column.letter}`;
      existing.codes.push(match[2]!.trim());
      continue;
    }
    const group = {
      column: { ...column, key: stem, header: stem, indexes: [...column.indexes], checkbox: { codes: [] as string[] } },
      codes: [match[2]!.trim()],
    };
    group.column.checkbox = { codes: group.codes };
    groups.set(stem, group);
    out.push(group.column);
  }
  return out;
}

function uniqueKeys(columns: SourceColumn[]): SourceColumn[] {
  const seen = new Map<string, number>();
  return columns.map((column) => {
    const base = column.key;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? column : { ...column, key: `${base} (${count})` };
  });
}
