import { PDFDocument } from 'pdf-lib';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { mentoringRecord, wholeRecord } from '../../documents/mentoringRecord';
import { renderGenerated, type PacketContent } from './generatedPages';
import { letterLabel, partTitles } from './labels';
import { openLetters } from './letters';
import type { Bookmark } from './outline';
import { writeOutline } from './outline';
import { loadPacketSource, type PacketSource } from './source';
import { surveyEvidence } from './surveyEvidence';

export interface BuiltPacket {
  source: PacketSource;
  /** The finished packet, still open: saved for one file, or its pages copied into the combined one. */
  document: PDFDocument;
  pages: number;
  /** Pages of each letter as appended (counted in the file, not taken from the upload record), in `source.letters` order. */
  letterPages: number[];
  /** Pages the nomination statement takes in the packet, for the cycle's limit. */
  statementPages: number;
  /** The packet's bookmarks (0-based pages), reused by the combined file. */
  bookmarks: Bookmark[];
}

export interface PacketOptions {
  author: string;
  date: Date;
}

/**
 * One nomination's packet: cover, contents, statement, mentoring record,
 * survey evidence (laid out by pdfkit, the contents' page numbers written
 * once every part and letter is counted), then the stored
 * letters appended with pdf-lib, and bookmarks for every part and letter.
 */
export async function buildPacket(
  db: Kysely<Database>,
  nominationId: number,
  options: PacketOptions,
): Promise<BuiltPacket> {
  const source = await loadPacketSource(db, nominationId);
  const record = await mentoringRecord(db, source.nominee.id, wholeRecord);
  const evidence = await surveyEvidence(db, record);
  const letters = await openLetters(source);
  const content: PacketContent = {
    source,
    record,
    evidence,
    letterPages: letters.map((l) => l.getPageCount()),
    letterTitles: source.letters.map((l) => letterLabel(l, source.letters)),
  };

  const layout = renderGenerated(content, options);
  const doc = await PDFDocument.load(await layout.writer.finish(), { updateMetadata: false });
  // Swap the blank stand-ins for the letters' own pages.
  for (let i = doc.getPageCount() - 1; i >= layout.generatedPages; i--) doc.removePage(i);
  for (const letter of letters) {
    for (const page of await doc.copyPages(letter, letter.getPageIndices())) doc.addPage(page);
  }
  const bookmarks: Bookmark[] = [
    { title: partTitles.cover, pageIndex: 0 },
    { title: partTitles.contents, pageIndex: layout.starts.contents - 1 },
    ...layout.contents.map((e) => ({ title: e.title, pageIndex: e.page - 1 })),
  ];
  writeOutline(doc, bookmarks);
  return {
    source,
    document: doc,
    pages: doc.getPageCount(),
    letterPages: content.letterPages,
    statementPages: layout.starts.record - layout.starts.statement,
    bookmarks,
  };
}
