import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from '@fast-csv/parse';
import { withoutBidiControls } from '../../../common/text';
import { TrellisError } from '../../../common/errors';
import type { CellValue, RawRow } from '../cells';
import type { SpreadsheetLimits } from '../limits';
import type { ReadOptions } from '../xlsx/workbook';
import type { Delimiter } from './delimiter';
import type { TextEncoding } from './encoding';

/** Decodes any supported encoding to UTF-8 for the parser, chunk by chunk. */
function toUtf8(encoding: TextEncoding): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8'));
    },
    flush(done) {
      const rest = decoder.decode();
      done(null, rest ? Buffer.from(rest, 'utf8') : undefined);
    },
  });
}

/**
 * Streams a CSV file's records as rows of strings (never numbers or dates:
 * conversion happens per target field, where the meaning is known). A record
 * is a row even when a quoted field spans lines, so row numbers match what
 * Excel shows when it opens the file.
 */
export async function* readCsvBatches(
  path: string,
  size: number,
  encoding: TextEncoding,
  delimiter: Delimiter,
  skipFirstLine: boolean,
  limits: SpreadsheetLimits,
  options: ReadOptions = {},
): AsyncGenerator<RawRow[]> {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  let readBytes = 0;
  let reported = 0;
  file.on('data', (chunk) => {
    readBytes += (chunk as Buffer).length;
    if (options.onProgress && readBytes - reported > 256 * 1024) {
      reported = readBytes;
      options.onProgress(readBytes / Math.max(1, size));
    }
  });
  const parser = parse<string[], string[]>({
    delimiter,
    quote: '"',
    escape: '"',
    ignoreEmpty: false,
    skipLines: skipFirstLine ? 1 : 0,
  });
  const decoder = toUtf8(encoding);
  file.on('error', (error) => parser.destroy(error));
  decoder.on('error', (error) => parser.destroy(error));
  file.pipe(decoder).pipe(parser);
  let number = skipFirstLine ? 1 : 0;
  let batch: RawRow[] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number++;
      if (options.signal?.aborted)
        throw new TrellisError('IMPORT_CANCELLED', 'The import was cancelled. Nothing was changed.');
      if (number > limits.maxRows) {
        throw new TrellisError(
          'FILE_TOO_LARGE',
          `This file has more than ${limits.maxRows.toLocaleString('en-US')} rows, more than Trellis imports at once. Split it into smaller files.`,
        );
      }
      if (record.length > limits.maxColumns) {
        throw new TrellisError(
          'FILE_TOO_LARGE',
          `This file has more than ${limits.maxColumns} columns, more than Trellis imports. Remove unused columns and try again.`,
        );
      }
      const cells: CellValue[] = record.map((field) => (field === '' ? null : withoutBidiControls(field)));
      batch.push({ number, cells, aggregate: false });
      if (batch.length >= 256) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    options.onProgress?.(1);
  } catch (error) {
    if (error instanceof TrellisError) throw error;
    throw new TrellisError(
      'FILE_CORRUPT',
      'This text file could not be read as comma- or tab-separated values. Check that it is a CSV export.',
    );
  } finally {
    file.destroy();
    parser.destroy();
  }
}
