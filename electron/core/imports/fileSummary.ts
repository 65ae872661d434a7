import { TrellisError } from '../../common/errors';
import { cellText, isBlank } from '../spreadsheets/cells';
import { inferDayMonthOrder, type DayMonthOrder } from '../spreadsheets/dates';
import type { SpreadsheetSource } from '../spreadsheets/read';
import type { SourceTable } from '../spreadsheets/table';
import type { ColumnSummary, FileSummary, LayoutSummary } from './contract';

/** Which sheet of a file to read, and the words that describe the file, its layout and its columns. */

export function chooseSheet(source: SpreadsheetSource, wanted: string | undefined): string {
  if (wanted) {
    if (!source.sheets.some((s) => s.name === wanted)) {
      throw new TrellisError(
        'NOT_FOUND',
        `This file has no sheet named “${wanted}”. Its sheets are: ${source.sheets.map((s) => s.name).join(', ')}.`,
      );
    }
    return wanted;
  }
  return (source.sheets.find((s) => !s.hidden) ?? source.sheets[0]!).name;
}

export function fileSummary(source: SpreadsheetSource, sheet: string): FileSummary {
  return {
    fileName: source.fileName,
    format: source.format,
    size: source.size,
    sha256: source.sha256,
    sheet,
    sheets: source.sheets,
    encoding: source.encoding,
    delimiter: source.delimiter,
    date1904: source.date1904,
  };
}

export function columnSummaries(table: SourceTable): ColumnSummary[] {
  return table.layout.columns.map((column) => {
    const samples: string[] = [];
    for (const row of table.sample) {
      const values = column.checkbox ? [] : [row.cells[column.indexes[0]!] ?? null];
      for (const value of values) {
        if (isBlank(value)) continue;
        const text = cellText(value).trim().slice(0, 80);
        if (!samples.includes(text)) samples.push(text);
      }
      if (samples.length >= 3) break;
    }
    return {
      key: column.key,
      header: column.header,
      label: column.label,
      letter: column.letter,
      samples,
      checkbox: column.checkbox !== null,
    };
  });
}

export function layoutSummary(table: SourceTable): LayoutSummary {
  const { headerRow, labelRow, importIdRow, titleRows } = table.layout;
  return { headerRow, labelRow, importIdRow, titleRows };
}

export function dateOrdersOf(table: SourceTable): Map<string, DayMonthOrder | null> {
  const orders = new Map<string, DayMonthOrder | null>();
  for (const column of table.layout.columns) {
    if (column.checkbox) continue;
    const texts = table.sample
      .map((r) => r.cells[column.indexes[0]!])
      .filter((v): v is string => typeof v === 'string');
    orders.set(column.key, inferDayMonthOrder(texts));
  }
  return orders;
}
