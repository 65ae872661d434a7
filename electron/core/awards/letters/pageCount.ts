import { constants, inflateSync } from 'node:zlib';

/**
 * A quick upper estimate of a PDF's page objects, without parsing it: the
 * `/Type /Page` entries in the file, and in its compressed object streams.
 * pdf-lib parses every object of a file before it can count pages, which
 * takes seconds for a small file holding 100,000 pages; this lets such a
 * letter be refused at once. It is only a first look: the page count read
 * from the parsed file is the one that decides.
 */
const pageEntry = /\/Type\s*\/Page(?![A-Za-z])/g;
const objectStream = /\/Type\s*\/ObjStm(?![A-Za-z])/g;
/** Never inflate more than this from one stream: a page count needs no more, and a zip bomb gets no further. */
const maxInflated = 64 * 1024 * 1024;

export function estimatePageObjects(bytes: Buffer): number {
  const text = bytes.toString('latin1');
  let pages = count(text, pageEntry);
  for (const match of text.matchAll(objectStream)) {
    const data = streamData(bytes, text, match.index);
    if (!data) continue;
    try {
      const inflated = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxInflated });
      pages += count(inflated.toString('latin1'), pageEntry);
    } catch {
      // Not Flate-encoded, or damaged: the full parse will say so.
    }
  }
  return pages;
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n += 1;
  return n;
}

/** The raw bytes of the stream whose dictionary contains `at`. */
function streamData(bytes: Buffer, text: string, at: number): Buffer | null {
  const keyword = text.indexOf('stream', at);
  if (keyword < 0) return null;
  let start = keyword + 'stream'.length;
  if (text[start] === '\r') start += 1;
  if (text[start] === '\n') start += 1;
  const end = text.indexOf('endstream', start);
  return end < 0 ? null : bytes.subarray(start, end);
}
