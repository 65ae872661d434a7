import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { TrellisError } from '../../../common/errors';
import { maxLetterBytes } from '../contract';
import { removeActiveContent } from './activeContent';
import { estimatePageObjects } from './pageCount';

/** A letter's bytes after they passed the checks and lost any active content, with what the packet needs to know. */
export interface CheckedLetter {
  /** What is stored: the upload without scripts, launch actions or attachments; its pages look the same. */
  bytes: Buffer;
  pages: number;
  /** Of the upload as received, so the office can match it against the file it was sent. */
  sha256: string;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Checks an uploaded letter before it is stored: a real PDF that pdf-lib can
 * read (the packet appends it with pdf-lib later, so a letter that fails here
 * would fail there), not password-protected, not too big, with at least one
 * page and at most `maxPages`. Each failure says what to do in words the
 * office can pass on. What passes is stored without active content.
 */
export async function readLetterPdf(fileName: string, base64: string, maxPages: number): Promise<CheckedLetter> {
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
  const tooManyPages = (pages: number) =>
    new TrellisError(
      'LETTER_TOO_MANY_PAGES',
      `${fileName} has ${pages.toLocaleString('en-US')} pages; a letter can have at most ${maxPages}. Ask for the letter itself, without attachments.`,
      { file: 'This file has too many pages.' },
    );
  // A first look that costs milliseconds, before a parse that can cost seconds.
  const estimate = estimatePageObjects(bytes);
  if (estimate > maxPages) throw tooManyPages(estimate);
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
  if (pages > maxPages) throw tooManyPages(pages);
  removeActiveContent(document);
  let stored: Uint8Array;
  try {
    stored = await document.save({ updateFieldAppearances: false });
  } catch {
    throw unreadable();
  }
  return { bytes: Buffer.from(stored), pages, sha256: createHash('sha256').update(bytes).digest('hex') };
}
