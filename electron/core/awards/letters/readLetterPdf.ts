import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { TrellisError } from '../../../common/errors';
import { maxLetterBytes } from '../contract';

/** A letter's bytes after they passed the checks, with what the packet needs to know. */
export interface CheckedLetter {
  bytes: Buffer;
  pages: number;
  sha256: string;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Checks an uploaded letter before it is stored: a real PDF that pdf-lib can
 * read (the packet appends it with pdf-lib later, so a letter that fails here
 * would fail there), not password-protected, not too big, with at least one
 * page. Each failure says what to do in words the office can pass on.
 */
export async function readLetterPdf(fileName: string, base64: string): Promise<CheckedLetter> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > maxLetterBytes) {
    throw new TrellisError(
      'LETTER_TOO_LARGE',
      `${fileName} is ${megabytes(bytes.length)}; letters can be at most ${megabytes(maxLetterBytes)}. Ask for a smaller copy, or scan it at a lower resolution.`,
      { file: 'This file is too large.' },
    );
  }
  const unreadable = () =>
    new TrellisError(
      'LETTER_UNREADABLE',
      `${fileName} is not a PDF file that Trellis can read; it may be damaged or incomplete. Save it again as PDF and upload that copy.`,
      { file: 'This file could not be read as a PDF.' },
    );
  if (bytes.length === 0 || !bytes.subarray(0, 1024).includes('%PDF-')) throw unreadable();
  let document: PDFDocument;
  try {
    // Loaded ignoring encryption so that a protected file is told apart from a broken one.
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw unreadable();
  }
  if (document.isEncrypted) {
    throw new TrellisError(
      'LETTER_ENCRYPTED',
      `${fileName} is password-protected. Ask the writer for an unprotected copy.`,
      { file: 'This PDF is password-protected.' },
    );
  }
  let pages: number;
  try {
    pages = document.getPageCount();
  } catch {
    throw unreadable();
  }
  if (pages < 1) throw unreadable();
  return { bytes, pages, sha256: createHash('sha256').update(bytes).digest('hex') };
}
