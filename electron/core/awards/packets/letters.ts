import { PDFDocument } from 'pdf-lib';
import { TrellisError } from '../../../common/errors';
import { removeActiveContent } from '../letters/activeContent';
import type { PacketLetter, PacketSource } from './source';

/**
 * Opens the stored letters of a nomination for appending. Uploads are checked
 * already; this catches a letter stored before the checks existed or damaged
 * since, with a message that names the letter by place, not by its content.
 */
export async function openLetters(source: PacketSource): Promise<PDFDocument[]> {
  const opened: PDFDocument[] = [];
  for (const letter of source.letters) opened.push(await openLetter(source.nominationId, letter));
  return opened;
}

async function openLetter(nominationId: number, letter: PacketLetter): Promise<PDFDocument> {
  const which = `The ${letter.kind === 'cv' ? 'CV' : `${letter.kind} letter`} (position ${letter.position + 1}) of nomination ${nominationId}`;
  let doc: PDFDocument;
  try {
    // Loaded even when encrypted, to tell that case apart (pdf-lib's own error class fails instanceof checks).
    doc = await PDFDocument.load(letter.bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    throw damaged(which);
  }
  if (doc.isEncrypted)
    throw new TrellisError(
      'FILE_PASSWORD_PROTECTED',
      `${which} is password-protected, so it cannot be added to the packet. Upload a copy without a password.`,
    );
  try {
    // pdf-lib loads leniently; a file without a page tree fails only here.
    if (doc.getPageCount() > 0) {
      // Letters stored before uploads were cleaned still reach the committee without active content.
      removeActiveContent(doc);
      return doc;
    }
  } catch {
    // Reported below.
  }
  throw damaged(which);
}

function damaged(which: string): TrellisError {
  return new TrellisError('FILE_CORRUPT', `${which} is damaged and cannot be read. Upload the letter again.`);
}
