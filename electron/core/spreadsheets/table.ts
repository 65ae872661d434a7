import { TrellisError } from '../errors';
import { isBlankRow, type CellValue, type RawRow } from './cells';
import { detectLayout, type TableLayout } from './headerRow';
import type { ReadOptions, SpreadsheetSource } from './read';
import { isSummaryRow } from './summaryRows';

export interface DataRow {
  number: number;
  cells: CellValue[];
}

/** Rows that were not data, by row number. Lists are capped; counts are not. */
export interface SkippedRows {
  blank: number[];
  blankCount: number;
  summary: number[];
  summaryCount: number;
}

export interface SourceTable {
  layout: TableLayout;
  /** The first data rows, already read (for suggestions and type inference). */
  sample: DataRow[];
  /** Every data row, the sample included, in order. Iterate once. */
  rows: AsyncGenerator<DataRow>;
  skipped: SkippedRows;
}

const layoutSampleRows = 40;
const listCap = 1000;

/**
 * Opens one sheet as a table: finds the header in the first rows, then yields
 * the data rows, leaving out blank rows and total rows (reported in
 * `skipped`). `sampleSize` data rows are read ahead for callers that need a
 * look at the values before deciding how to read them.
 */
export async function openTable(
  source: SpreadsheetSource,
  sheet: string,
  options: ReadOptions & { sampleSize?: number } = {},
): Promise<SourceTable> {
  const iterator = source.rows(sheet, options);
  const head: RawRow[] = [];
  let exhausted = false;
  while (head.length < layoutSampleRows) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
  }
  const layout = detectLayout(head);
  if (!layout) {
    await iterator.return(undefined);
    throw new TrellisError(
      'FILE_NO_HEADER',
      head.length === 0
        ? 'This sheet is empty.'
        : 'Trellis could not find a row of column headings in the first rows of this sheet. Make sure the first row of the table has a heading in each column.',
    );
  }
  const skipped: SkippedRows = { blank: [], blankCount: 0, summary: [], summaryCount: 0 };
  const labelRows = new Set([layout.headerRow, layout.labelRow, layout.importIdRow].filter((n): n is number => n !== null));
  const columnCount = layout.columns.length;

  async function* all(): AsyncGenerator<RawRow> {
    yield* head;
    if (exhausted) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }

  // Blank rows are reported once data follows them: trailing blanks are just the sheet's end.
  let pendingBlank: number[] = [];
  let pendingBlankCount = 0;
  let lastNumber = layout.importIdRow ?? layout.labelRow ?? layout.headerRow;
  const flushBlanks = () => {
    skipped.blankCount += pendingBlankCount;
    for (const n of pendingBlank) if (skipped.blank.length < listCap) skipped.blank.push(n);
    pendingBlank = [];
    pendingBlankCount = 0;
  };
  const noteGap = (from: number, to: number) => {
    for (let n = from; n < to; n++) {
      pendingBlankCount++;
      if (pendingBlank.length < listCap) pendingBlank.push(n);
    }
  };

  async function* dataRows(): AsyncGenerator<DataRow> {
    try {
      for await (const row of all()) {
        if (row.number <= layout!.headerRow || labelRows.has(row.number)) continue;
        noteGap(lastNumber + 1, row.number);
        lastNumber = row.number;
        if (isBlankRow(row.cells)) {
          noteGap(row.number, row.number + 1);
          continue;
        }
        flushBlanks();
        if (isSummaryRow(row, columnCount)) {
          skipped.summaryCount++;
          if (skipped.summary.length < listCap) skipped.summary.push(row.number);
          continue;
        }
        yield { number: row.number, cells: row.cells };
      }
    } finally {
      await iterator.return(undefined);
    }
  }

  // Read ahead the sample; hand it back first when iterating.
  const rows = dataRows();
  const sample: DataRow[] = [];
  const sampleSize = options.sampleSize ?? 0;
  while (sample.length < sampleSize) {
    const next = await rows.next();
    if (next.done) break;
    sample.push(next.value);
  }
  async function* withSample(): AsyncGenerator<DataRow> {
    yield* sample;
    if (sample.length < sampleSize) return;
    yield* rows;
  }
  return { layout, sample, rows: withSample(), skipped };
}
