import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { TrellisError } from '../../common/errors';
import { describeBytes, type SpreadsheetLimits } from './limits';

export type SpreadsheetFormat = 'xlsx' | 'csv';

const ole2Magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const emptyZipMagic = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const csvExtensions = new Set(['.csv', '.tsv', '.txt', '.tab']);
const xlsxExtensions = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm']);

const passwordProtected = () =>
  new TrellisError(
    'FILE_PASSWORD_PROTECTED',
    'This workbook is protected with a password, so Trellis cannot read it. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save, and import again.',
  );

const legacyXls = () =>
  new TrellisError(
    'FILE_LEGACY_XLS',
    'This is an old-style Excel file (.xls). Open it in Excel and choose File › Save As › Excel Workbook (.xlsx), then import the new file.',
  );

/**
 * Decides how to read a file from its first bytes, not its name alone, and
 * refuses what Trellis cannot read before anything else touches it.
 */
export async function identifyFile(
  path: string,
  limits: SpreadsheetLimits,
): Promise<{ format: SpreadsheetFormat; size: number }> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new TrellisError('FILE_UNSUPPORTED', 'That is a folder, not a spreadsheet. Choose an .xlsx or .csv file.');
    size = info.size;
  } catch (error) {
    if (error instanceof TrellisError) throw error;
    throw new TrellisError(
      'FILE_NOT_FOUND',
      'That file could not be found or opened. It may have been moved, renamed or still be downloading.',
    );
  }
  if (size === 0) throw new TrellisError('FILE_CORRUPT', 'That file is empty.');
  if (size > limits.maxFileBytes) {
    throw new TrellisError(
      'FILE_TOO_LARGE',
      `That file is ${describeBytes(size)}, more than Trellis imports at once (${describeBytes(limits.maxFileBytes)}). Split it into smaller files.`,
    );
  }
  const head = Buffer.alloc(8);
  const handle = await open(path, 'r');
  try {
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  const extension = extname(path).toLowerCase();

  if (head.equals(ole2Magic)) {
    // Encrypted .xlsx files and legacy .xls files are both OLE2 containers;
    // their stream names tell them apart.
    const streams = await ole2StreamNames(path);
    if (streams.encrypted) throw passwordProtected();
    if (streams.workbook || extension === '.xls') throw legacyXls();
    throw passwordProtected();
  }
  if (head.subarray(0, 4).equals(zipMagic) || head.subarray(0, 4).equals(emptyZipMagic)) {
    if (extension === '.ods')
      throw new TrellisError(
        'FILE_UNSUPPORTED',
        'This is an OpenDocument spreadsheet. Save it as .xlsx or .csv, then import it.',
      );
    return { format: 'xlsx', size };
  }
  if (xlsxExtensions.has(extension)) {
    throw new TrellisError(
      'FILE_CORRUPT',
      'This file is named like an Excel workbook but is not one, or it is damaged. Open it in Excel and save it again as .xlsx.',
    );
  }
  if (extension === '.xls') {
    // Web pages and XML spreadsheets saved with an .xls name.
    throw legacyXls();
  }
  if (csvExtensions.has(extension)) return { format: 'csv', size };
  throw new TrellisError(
    'FILE_UNSUPPORTED',
    'Trellis imports Excel workbooks (.xlsx) and comma- or tab-separated text (.csv). Save the file in one of those formats.',
  );
}

const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const encryptedMarkers = [utf16('EncryptedPackage'), utf16('EncryptionInfo')];
const workbookMarkers = [utf16('Workbook'), utf16('Book')];

/** Looks for the directory names of an OLE2 file (stored UTF-16LE) without parsing the container. */
async function ole2StreamNames(path: string): Promise<{ encrypted: boolean; workbook: boolean }> {
  const found = { encrypted: false, workbook: false };
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const window = Buffer.concat([carry, chunk as Buffer]);
    if (encryptedMarkers.some((m) => window.includes(m))) found.encrypted = true;
    if (workbookMarkers.some((m) => window.includes(m))) found.workbook = true;
    if (found.encrypted) break;
    carry = window.subarray(Math.max(0, window.length - 64));
  }
  return found;
}
