import type { FileHandle } from 'node:fs/promises';
import { TrellisError } from '../../../common/errors';
import { describeBytes, type SpreadsheetLimits } from '../limits';

/**
 * Reads a zip's central directory — the index at the end of the file that
 * lists every part with its compressed and uncompressed size — without
 * inflating anything. An .xlsx is a zip, and a zip bomb is a small file whose
 * parts expand to gigabytes, so the sizes are checked here, before any reading.
 * The directory could lie about the sizes; `openZipEntry` therefore also stops
 * any part that inflates past what the directory declared.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const eocdSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EocdSignature = 0x06064b50;
const centralEntrySignature = 0x02014b50;
/** The end record is 22 bytes plus a comment of up to 65,535. */
const maxEocdSearch = 22 + 0xffff;
const maxDirectoryBytes = 64 * 1024 * 1024;

function corrupt(detail: string): TrellisError {
  return new TrellisError(
    'FILE_CORRUPT',
    `This workbook is damaged and cannot be read (${detail}). Open it in Excel and save it again.`,
  );
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw corrupt('it ends early');
  return buffer;
}

export async function readZipDirectory(
  handle: FileHandle,
  fileSize: number,
  limits: SpreadsheetLimits,
): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(fileSize, maxEocdSearch);
  if (tailLength < 22) throw corrupt('it is too short to be a workbook');
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === eocdSignature) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('its table of contents is missing');

  let entryCount = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // Zip64: a locator just before the end record points at the 64-bit record.
    const locatorAt = eocd - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== zip64LocatorSignature)
      throw corrupt('its zip64 index is missing');
    const recordOffset = Number(tail.readBigUInt64LE(locatorAt + 8));
    const record = await readAt(handle, recordOffset, 56);
    if (record.readUInt32LE(0) !== zip64EocdSignature) throw corrupt('its zip64 index is damaged');
    entryCount = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
  }
  if (entryCount > limits.maxZipEntries) {
    throw new TrellisError(
      'FILE_ZIP_BOMB',
      `This workbook has ${entryCount} parts, far more than a spreadsheet needs, so Trellis will not open it.`,
    );
  }
  if (directorySize > maxDirectoryBytes || directoryOffset + directorySize > fileSize)
    throw corrupt('its index points outside the file');

  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < entryCount; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== centralEntrySignature)
      throw corrupt('its index is damaged');
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    // Zip64 extended sizes replace the 32-bit fields that are saturated, in this order.
    for (let e = 0; e + 4 <= extra.length;) {
      const id = extra.readUInt16LE(e);
      const size = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let p = e + 4;
        const next = () => {
          const value = p + 8 <= e + 4 + size ? Number(extra.readBigUInt64LE(p)) : null;
          p += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next() ?? uncompressedSize;
        if (compressedSize === 0xffffffff) compressedSize = next() ?? compressedSize;
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next() ?? localHeaderOffset;
      }
      e += 4 + size;
    }
    entries.set(name, { name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  checkSizes(entries, fileSize, limits);
  return entries;
}

/** The zip-bomb checks: each part's ratio, then the total. */
export function checkSizes(entries: Map<string, ZipEntry>, fileSize: number, limits: SpreadsheetLimits): void {
  let total = 0;
  for (const entry of entries.values()) {
    if (entry.flags & 0x1) {
      throw new TrellisError(
        'FILE_PASSWORD_PROTECTED',
        'This file is protected with a password. Remove the password in Excel (File › Info › Protect Workbook), save, and import again.',
      );
    }
    if (entry.localHeaderOffset + entry.compressedSize > fileSize) throw corrupt('a part lies outside the file');
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
      throw new TrellisError(
        'FILE_ZIP_BOMB',
        `This file claims to expand ${Math.round(ratio)} times (to ${describeBytes(entry.uncompressedSize)}), which no real spreadsheet does, so Trellis will not open it.`,
      );
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxUncompressedBytes) {
    const ratio = total / Math.max(1, fileSize);
    if (ratio > limits.maxCompressionRatio) {
      throw new TrellisError(
        'FILE_ZIP_BOMB',
        `This file claims to expand to ${describeBytes(total)} from ${describeBytes(fileSize)}, which no real spreadsheet does, so Trellis will not open it.`,
      );
    }
    throw new TrellisError(
      'FILE_TOO_LARGE',
      `This workbook holds ${describeBytes(total)} of data, more than Trellis reads at once (${describeBytes(limits.maxUncompressedBytes)}). Split it into smaller files.`,
    );
  }
}
