import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface FileFacts {
  sha256: string;
  /** Only computed for text files. */
  encoding: TextEncoding | null;
  /** The first bytes, for sniffing the delimiter. */
  head: Buffer;
}

const headBytes = 64 * 1024;

/**
 * One pass over the file: its SHA-256 (the batch records it, and a second
 * import of the same file is recognised by it) and, for text, its encoding.
 * A byte-order mark decides; otherwise the whole file must be valid UTF-8 to
 * be read as UTF-8, and anything else is read as Windows-1252 — what Excel on
 * Windows writes for "CSV (Comma delimited)". Latin-1 text is a subset of it.
 */
export async function scanFile(path: string, options: { text: boolean }): Promise<FileFacts> {
  const hash = createHash('sha256');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let validUtf8 = options.text;
  const headChunks: Buffer[] = [];
  let headLength = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    if (headLength < headBytes) {
      headChunks.push(bytes.subarray(0, headBytes - headLength));
      headLength += Math.min(bytes.length, headBytes - headLength);
    }
    if (validUtf8) {
      try {
        utf8.decode(bytes, { stream: true });
      } catch {
        validUtf8 = false;
      }
    }
  }
  if (validUtf8) {
    try {
      utf8.decode();
    } catch {
      validUtf8 = false;
    }
  }
  const head = Buffer.concat(headChunks);
  let encoding: TextEncoding | null = null;
  if (options.text) {
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) encoding = 'utf-8';
    else if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
    else if (head[0] === 0xfe && head[1] === 0xff) encoding = 'utf-16be';
    else encoding = validUtf8 ? 'utf-8' : 'windows-1252';
  }
  return { sha256: hash.digest('hex'), encoding, head };
}

/** Text with the byte-order mark removed (TextDecoder drops it by default). */
export function decodeSample(head: Buffer, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(head);
}
