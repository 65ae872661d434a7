import type { ReadableDb } from '../../../db/handles';
import { mimeTypes } from '../../common/exportedFile';
import type { GeneratedDocument } from './contract';
import { drawLetterhead, type OfficeIdentity } from './layout/letterhead';
import { PdfWriter } from '../pdf/writer';
import { readImageBytes } from './settings/images';
import type { StandardTextKey } from './settings/standardTexts';
import { readDocumentText } from './settings/store';

/** Everything a document takes from Settings: the letterhead, its images and the standard texts. */
export interface OfficeSettings {
  identity: OfficeIdentity;
  texts: Record<StandardTextKey, string>;
}

export async function loadOfficeSettings(db: ReadableDb): Promise<OfficeSettings> {
  const [{ letterhead, texts }, images] = await Promise.all([readDocumentText(db), readImageBytes(db)]);
  return {
    identity: { letterhead, logo: images.logo, signature: images.signature },
    texts: Object.fromEntries(Object.entries(texts).map(([key, t]) => [key, t.value])) as Record<
      StandardTextKey,
      string
    >,
  };
}

/**
 * A new document on the office's letterhead, with its metadata and the
 * confidentiality footer from Settings. `now` fixes the creation date, so the
 * same records and clock give the same file (the tests' deterministic mode).
 */
export function startOfficeDocument(
  office: OfficeIdentity,
  meta: { title: string; subject: string; keywords?: string; now: Date },
): PdfWriter {
  const { institution, office: officeName, confidentiality } = office.letterhead;
  const pdf = new PdfWriter({
    title: meta.title,
    subject: meta.subject,
    author: [officeName, institution].filter(Boolean).join(', ') || 'Trellis',
    ...(meta.keywords ? { keywords: meta.keywords } : {}),
    confidentiality: confidentiality.trim() || null,
    fixedDate: meta.now,
  });
  drawLetterhead(pdf, office);
  return pdf;
}

export async function finishOfficeDocument(pdf: PdfWriter, fileName: string): Promise<GeneratedDocument> {
  const pageCount = pdf.doc.bufferedPageRange().count;
  const bytes = await pdf.finish();
  return { file: { fileName, mimeType: mimeTypes.pdf, base64: bytes.toString('base64') }, pageCount };
}
