import { TrellisError } from '../../common/errors';
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
  const batches = source.batches(sheet, options);
  // The first rows, read ahead to find the header (whole batches: the rest of a batch is kept, not lost).
  const head: RawRow[] = [];
  let exhausted = false;
  while (head.length < layoutSampleRows) {
    const next = await batches.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(...next.value);
  }
  const layout = detectLayout(head.slice(0, layoutSampleRows));
  if (!layout) {
    await batches.return(undefined);
    throw new TrellisError(
      'FILE_NO_HEADER',
      head.length === 0
        ? 'This sheet is empty.'
        : 'Trellis could not find a row of column headings in the first rows of this sheet. Make sure the first row of the table has a heading in each column.',
    );
  }
  const skipped: SkippedRows = { blank: [], blankCount: 0, summary: [], summaryCount: 0 };
  const labelRows = new Set(
    [layout.headerRow, layout.labelRow, layout.importIdRow].filter((n): n is number => n !== null),
  );
  const columnCount = layout.columns.length;

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
  const noteBlank = (from: number, to: number) => {
    for (let n = from; n < to; n++) {
      pendingBlankCount++;
      if (pendingBlank.length < listCap) pendingBlank.push(n);
    }
  };
  /** The data rows of one batch: blank, label and total rows left out and noted. */
  const dataOf = (batch: readonly RawRow[]): DataRow[] => {
    const out: DataRow[] = [];
    for (const row of batch) {
      if (row.number <= layout.headerRow || labelRows.has(row.number)) continue;
      noteBlank(lastNumber + 1, row.number);
      lastNumber = row.number;
      if (isBlankRow(row.cells)) {
        noteBlank(row.number, row.number + 1);
        continue;
      }
      flushBlanks();
      if (isSummaryRow(row, columnCount)) {
        skipped.summaryCount++;
        if (skipped.summary.length < listCap) skipped.summary.push(row.number);
        continue;
      }
      out.push(row);
    }
    return out;
  };

  async function* dataRows(): AsyncGenerator<DataRow> {
    try {
      yield* dataOf(head);
      if (exhausted) return;
      for (;;) {
        const next = await batches.next();
        if (next.done) return;
        // One async step per batch; the rows of a batch are handed over synchronously.
        yield* dataOf(next.value);
      }
    } finally {
      await batches.return(undefined);
    }
  }

  // Read ahead the sample; hand it back first when iterating, without another generator layer.
  const inner = dataRows();
  const sample: DataRow[] = [];
  const sampleSize = options.sampleSize ?? 0;
  let innerDone = false;
  while (sample.length < sampleSize) {
    const next = await inner.next();
    if (next.done) {
      innerDone = true;
      break;
    }
    sample.push(next.value);
  }
  let given = 0;
  const rows: AsyncGenerator<DataRow> = {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (given < sample.length) return Promise.resolve({ value: sample[given++]!, done: false });
      if (innerDone) return Promise.resolve({ value: undefined, done: true });
      return inner.next();
    },
    return(value) {
      given = sample.length;
      return inner.return(value);
    },
    throw(error) {
      return inner.throw(error);
    },
  } as AsyncGenerator<DataRow>;
  return { layout, sample, rows, skipped };
}
