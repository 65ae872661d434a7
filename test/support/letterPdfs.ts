import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Real PDF files for the award-letter tests: a letter of n pages made with
 * pdf-lib, the same letter marked password-protected (an /Encrypt
 * dictionary in its trailer, which is how readers and pdf-lib recognise
 * encryption), and broken files.
 */
export async function letterPdf(pages: number, text = 'Letter of support'): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) {
    document.addPage([612, 792]).drawText(`${text} — page ${page} of ${pages}`.replace('—', '-'), {
      x: 72,
      y: 700,
      size: 14,
      font,
    });
  }
  // A classic trailer (no object streams) so the encrypted variant can be written by hand.
  return document.save({ useObjectStreams: false });
}

export async function encryptedLetterPdf(): Promise<Uint8Array> {
  const plain = Buffer.from(await letterPdf(1)).toString('latin1');
  const encrypt = '/Encrypt << /Filter /Standard /V 1 /R 2 /O <0011> /U <0022> /P -44 >>\n';
  const marked = plain.replace(/trailer\s*<</, (found) => `${found}\n${encrypt}`);
  if (marked === plain) throw new Error('the test PDF has no classic trailer to mark as encrypted');
  return Buffer.from(marked, 'latin1');
}

/** The first 40 % of a real letter: cut off in the middle of its objects, as an interrupted download is. */
export async function truncatedLetterPdf(): Promise<Uint8Array> {
  const whole = await letterPdf(2);
  return whole.slice(0, Math.floor(whole.length * 0.4));
}

export const notAPdf = Buffer.from('Dear committee, this is a Word document saved with the wrong name.', 'utf8');

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
