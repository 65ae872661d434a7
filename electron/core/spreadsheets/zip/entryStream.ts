import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { PassThrough, pipeline, type Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { TrellisError } from '../../../common/errors';
import type { ZipEntry } from './centralDirectory';

const localHeaderSignature = 0x04034b50;

/**
 * One part of the zip as a stream of its uncompressed bytes, read straight
 * from its place in the file (no temporary copies: a survey sheet must not be
 * written to disk unencrypted). The stream fails if the part inflates past the
 * size the directory declared — a lying directory is how a zip bomb would get
 * past the checks made before reading.
 */
export async function openZipEntry(
  path: string,
  handle: FileHandle,
  entry: ZipEntry,
  onCompressedBytes?: (bytes: number) => void,
): Promise<Readable> {
  const header = Buffer.alloc(30);
  const { bytesRead } = await handle.read(header, 0, 30, entry.localHeaderOffset);
  if (bytesRead !== 30 || header.readUInt32LE(0) !== localHeaderSignature) {
    throw new TrellisError(
      'FILE_CORRUPT',
      'This workbook is damaged and cannot be read (a part is missing). Open it in Excel and save it again.',
    );
  }
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) {
    const empty = new PassThrough();
    empty.end();
    return empty;
  }
  const raw = createReadStream(path, {
    start: dataStart,
    end: dataStart + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  if (onCompressedBytes) raw.on('data', (chunk) => onCompressedBytes((chunk as Buffer).length));

  let produced = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) {
        done(
          new TrellisError(
            'FILE_ZIP_BOMB',
            'This file expands to more data than it declares, so Trellis stopped reading it. It may be damaged or built to cause harm.',
          ),
        );
        return;
      }
      done(null, chunk);
    },
  });

  // Errors reach the consumer through the last stream; readers turn zlib's into FILE_CORRUPT.
  const onError = () => undefined;
  if (entry.method === 0) return pipeline(raw, guard, onError);
  if (entry.method === 8) return pipeline(raw, createInflateRaw(), guard, onError);
  raw.destroy();
  throw new TrellisError(
    'FILE_UNSUPPORTED',
    'This workbook uses a compression method Trellis cannot read. Open it in Excel and save it again as .xlsx.',
  );
}

/** A small part (workbook.xml, relationships) read whole, with a size cap. */
export async function readZipEntryText(
  path: string,
  handle: FileHandle,
  entry: ZipEntry,
  maxBytes = 32 * 1024 * 1024,
): Promise<string> {
  if (entry.uncompressedSize > maxBytes) {
    throw new TrellisError(
      'FILE_TOO_LARGE',
      'A part of this workbook is larger than Trellis reads. Split the workbook into smaller files.',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of await openZipEntry(path, handle, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
