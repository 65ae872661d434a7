import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { TrellisError } from '../../../common/errors';
import type { CellValue, RawRow } from '../cells';
import type { SpreadsheetLimits } from '../limits';
import { readZipDirectory, type ZipEntry } from '../zip/centralDirectory';
import { openZipEntry, readZipEntryText } from '../zip/entryStream';
import { convertCell, lastCell } from './cellValue';
import { readSheetInWorker, sheetWorkerScript } from './sheetInWorker';

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Fraction of the sheet read so far, 0–1 (by compressed bytes). */
  onProgress?: (fraction: number) => void;
  /** Read in the calling thread even where a worker is available (the worker itself does). */
  inThisThread?: boolean;
}

/**
 * The parts of exceljs's streaming WorkbookReader that parse one zip part
 * each. exceljs reads the parts in the order they sit in the zip, and when a
 * sheet comes before its shared strings (as Excel writes them) it copies the
 * sheet to a temporary file — unencrypted, outside Trellis's control — and
 * parses styles after some sheets. Driving these steps ourselves reads the
 * parts in the order they are needed, straight from their place in the file.
 */
interface WorkbookReaderSteps {
  workbookRels?: { Id: string; Type: string; Target: string }[];
  model?: { sheets?: { name: string; id: number; rId: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
  styles: { getStyleModel(id: number): unknown };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Generator<{ eventType: string; value: WorksheetRows }>;
}

interface ExcelCell {
  value: unknown;
  numFmt?: string;
  col: number;
}
interface ExcelRow {
  number: number;
  eachCell(callback: (cell: ExcelCell, column: number) => void): void;
}
/** exceljs's WorksheetReader: `parse()` yields the events of each parsed chunk of XML, rows among them. */
interface WorksheetRows {
  name: string;
  parse(): AsyncGenerator<{ eventType: string; value: unknown }[]>;
}

const relationshipType = (type: string, suffix: string) => type.endsWith(`/${suffix}`);
const isDateFormat = (format: string | undefined) =>
  !!format && /[ymdhsb]/i.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '')) && !/^general$/i.test(format);

export interface XlsxWorkbook {
  sheets: SheetInfo[];
  date1904: boolean;
  /** The sheet's rows, a parsed chunk at a time (fewer async steps per row than row by row). */
  batches(sheet: string, options?: ReadOptions): AsyncGenerator<RawRow[]>;
  close(): Promise<void>;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function corrupt(): TrellisError {
  return new TrellisError(
    'FILE_CORRUPT',
    'This workbook is damaged and cannot be read. Open it in Excel and save it again as .xlsx.',
  );
}

export function asReadError(error: unknown): unknown {
  if (error instanceof TrellisError) return error;
  return corrupt();
}

export async function openXlsx(path: string, size: number, limits: SpreadsheetLimits): Promise<XlsxWorkbook> {
  const handle: FileHandle = await open(path, 'r');
  try {
    return await readStructure(path, handle, size, limits);
  } catch (error) {
    await handle.close();
    throw asReadError(error);
  }
}

async function readStructure(
  path: string,
  handle: FileHandle,
  size: number,
  limits: SpreadsheetLimits,
): Promise<XlsxWorkbook> {
  const entries = await readZipDirectory(handle, size, limits);
  const part = (name: string): ZipEntry | undefined => entries.get(name);
  const stream = (entry: ZipEntry) => openZipEntry(path, handle, entry);

  const rootRels = part('_rels/.rels');
  const rootRelsText = rootRels ? await readZipEntryText(path, handle, rootRels) : '';
  const officeTarget =
    /Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"|Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"/.exec(
      rootRelsText,
    );
  const workbookPath = resolveTarget('', officeTarget?.[1] ?? officeTarget?.[2] ?? 'xl/workbook.xml');
  const workbookEntry = part(workbookPath);
  if (!workbookEntry) {
    if (part('content.xml'))
      throw new TrellisError(
        'FILE_UNSUPPORTED',
        'This is an OpenDocument spreadsheet. Save it as .xlsx or .csv, then import it.',
      );
    throw corrupt();
  }
  const relsPath = workbookPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const relsEntry = part(relsPath);
  if (!relsEntry) throw corrupt();

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookReaderSteps;

  await reader._parseRels(await stream(relsEntry));
  const workbookXml = await readZipEntryText(path, handle, workbookEntry);
  await reader._parseWorkbook(Readable.from([Buffer.from(workbookXml)]));
  // exceljs only recognises date1904="1"; the format also allows "true".
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
  reader.properties = { ...(reader.properties ?? {}), model: { ...(reader.properties?.model ?? {}), date1904 } };

  const rels = reader.workbookRels ?? [];
  const relPath = (suffix: string) => {
    const rel = rels.find((r) => relationshipType(r.Type, suffix));
    return rel ? resolveTarget(workbookPath, rel.Target) : undefined;
  };
  const stylesPath = relPath('styles');
  const stylesEntry = stylesPath ? part(stylesPath) : undefined;
  if (stylesEntry) await reader._parseStyles(await stream(stylesEntry));

  let sharedStringsLoaded = false;
  const loadSharedStrings = async () => {
    if (sharedStringsLoaded) return;
    sharedStringsLoaded = true;
    const sharedPath = relPath('sharedStrings');
    const sharedEntry = sharedPath ? part(sharedPath) : undefined;
    if (sharedEntry) {
      for await (const _ of reader._parseSharedStrings(await stream(sharedEntry))) void _;
    } else {
      (reader as unknown as { sharedStrings: unknown[] }).sharedStrings = [];
    }
  };

  /** Room for the parsing (which V8 then collects early) plus the shared strings, which stay for the whole read. */
  const workerHeapMb = () => {
    const sharedPath = relPath('sharedStrings');
    const sharedBytes = (sharedPath ? part(sharedPath)?.uncompressedSize : 0) ?? 0;
    return 128 + Math.ceil((3 * sharedBytes) / (1024 * 1024));
  };

  const sheetParts = new Map<string, { path: string; number: string }>();
  const sheets: SheetInfo[] = [];
  for (const sheet of reader.model?.sheets ?? []) {
    const rel = rels.find((r) => r.Id === sheet.rId);
    if (!rel || !relationshipType(rel.Type, 'worksheet')) continue; // chart sheets hold no rows
    const sheetPath = resolveTarget(workbookPath, rel.Target);
    if (!part(sheetPath)) continue;
    sheetParts.set(sheet.name, { path: sheetPath, number: /(\d+)\.xml$/.exec(sheetPath)?.[1] ?? '1' });
    sheets.push({ name: sheet.name, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden' });
  }
  if (sheets.length === 0) throw new TrellisError('FILE_CORRUPT', 'This workbook has no sheets with cells in it.');

  async function* batchesHere(sheetName: string, options: ReadOptions = {}): AsyncGenerator<RawRow[]> {
    const target = sheetParts.get(sheetName);
    if (!target) throw new TrellisError('NOT_FOUND', `This workbook has no sheet named “${sheetName}”.`);
    const entry = part(target.path)!;
    await loadSharedStrings();
    let readBytes = 0;
    let reported = 0;
    const source = await openZipEntry(path, handle, entry, (bytes) => {
      readBytes += bytes;
      if (options.onProgress && readBytes - reported > 256 * 1024) {
        reported = readBytes;
        options.onProgress(readBytes / Math.max(1, entry.compressedSize));
      }
    });
    const generator = reader._parseWorksheet(source, target.number).next();
    const worksheet: WorksheetRows = (generator.value as { value: WorksheetRows }).value;
    let count = 0;
    const convert = (row: ExcelRow): RawRow => {
      if (++count > limits.maxRows || row.number > limits.maxRows) {
        throw new TrellisError(
          'FILE_TOO_LARGE',
          `This sheet has more than ${limits.maxRows.toLocaleString('en-US')} rows, more than Trellis imports at once. Split it into smaller files.`,
        );
      }
      const cells: CellValue[] = [];
      let aggregate = false;
      row.eachCell((cell, column) => {
        if (column > limits.maxColumns) {
          throw new TrellisError(
            'FILE_TOO_LARGE',
            `This sheet has more than ${limits.maxColumns} columns, more than Trellis imports. Remove unused columns and try again.`,
          );
        }
        cells[column - 1] = convertCell(cell, isDateFormat, date1904);
        if (lastCell.aggregate) aggregate = true;
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      return { number: row.number, cells, aggregate };
    };
    try {
      for await (const events of worksheet.parse()) {
        if (options.signal?.aborted)
          throw new TrellisError('IMPORT_CANCELLED', 'The import was cancelled. Nothing was changed.');
        const rows: RawRow[] = [];
        for (const event of events) if (event.eventType === 'row') rows.push(convert(event.value as ExcelRow));
        if (rows.length > 0) yield rows;
      }
      options.onProgress?.(1);
    } catch (error) {
      throw asReadError(error);
    } finally {
      source.destroy();
    }
  }

  /** Read in a worker thread when one is available (bounded memory, the caller's thread stays free); here otherwise. */
  async function* batches(sheetName: string, options: ReadOptions = {}): AsyncGenerator<RawRow[]> {
    const worker = options.inThisThread || !sheetParts.has(sheetName) ? null : sheetWorkerScript();
    if (worker)
      yield* readSheetInWorker(worker, { path, size, limits, sheet: sheetName, heapMb: workerHeapMb() }, options);
    else yield* batchesHere(sheetName, options);
  }

  return {
    sheets,
    date1904,
    batches,
    close: () => handle.close(),
  };
}
