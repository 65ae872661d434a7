import { basename } from 'node:path';
import type { RawRow } from './cells';
import { detectDelimiter, type Delimiter } from './csv/delimiter';
import { decodeSample, scanFile, type TextEncoding } from './csv/encoding';
import { readCsvBatches } from './csv/read';
import { identifyFile, type SpreadsheetFormat } from './fileKind';
import type { SpreadsheetLimits } from './limits';
import { openXlsx, type ReadOptions, type SheetInfo } from './xlsx/workbook';

export type { ReadOptions, SheetInfo };

/** An opened spreadsheet of any supported format: its sheets, and a stream of each sheet's rows. */
export interface SpreadsheetSource {
  path: string;
  fileName: string;
  format: SpreadsheetFormat;
  size: number;
  sha256: string;
  sheets: SheetInfo[];
  /** CSV only. */
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  date1904: boolean;
  /** The sheet's rows in batches (a parsed chunk at a time): bounded memory, few async steps. */
  batches(sheet: string, options?: ReadOptions): AsyncGenerator<RawRow[]>;
  close(): Promise<void>;
}

/** Row by row, for callers that want simplicity over speed. */
export async function* rowsOf(source: SpreadsheetSource, sheet: string, options?: ReadOptions): AsyncGenerator<RawRow> {
  for await (const batch of source.batches(sheet, options)) yield* batch;
}

/**
 * Opens a file for import: refuses what cannot be read (password, .xls,
 * damage, limits, zip bombs) before reading any cell, and hashes it.
 */
export async function openSpreadsheet(path: string, limits: SpreadsheetLimits): Promise<SpreadsheetSource> {
  const { format, size } = await identifyFile(path, limits);
  const fileName = basename(path);
  if (format === 'xlsx') {
    const workbook = await openXlsx(path, size, limits);
    try {
      const { sha256 } = await scanFile(path, { text: false });
      return {
        path,
        fileName,
        format,
        size,
        sha256,
        sheets: workbook.sheets,
        encoding: null,
        delimiter: null,
        date1904: workbook.date1904,
        batches: workbook.batches,
        close: workbook.close,
      };
    } catch (error) {
      await workbook.close();
      throw error;
    }
  }
  const facts = await scanFile(path, { text: true });
  const encoding = facts.encoding!;
  const { delimiter, sepLine } = detectDelimiter(decodeSample(facts.head, encoding));
  const sheetName = fileName.replace(/\.[^.]+$/, '') || 'Sheet1';
  return {
    path,
    fileName,
    format,
    size,
    sha256: facts.sha256,
    sheets: [{ name: sheetName, hidden: false }],
    encoding,
    delimiter,
    date1904: false,
    batches: (_sheet, options) => readCsvBatches(path, size, encoding, delimiter, sepLine, limits, options),
    close: async () => undefined,
  };
}
