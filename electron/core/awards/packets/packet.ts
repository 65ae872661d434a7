import type { ReadableDb } from '../../../../db/handles';
import { PDFDocument } from 'pdf-lib';
import { mentoringRecord, wholeRecord } from '../../personMentoring/record';
import { renderGenerated, type PacketContent } from './generatedPages';
import { letterLabel, partTitles } from './labels';
import { openLetters } from './letters';
import type { Bookmark } from './outline';
import { writeOutline } from './outline';
import { loadPacketSource, type PacketSource } from './source';
import { surveyEvidence } from './surveyEvidence';

/** What the cycle's limits are checked against. */
export interface PacketMeasure {
  source: PacketSource;
  pages: number;
  /** Pages of each letter, in `source.letters` order. */
  letterPages: number[];
  /** Pages the nomination statement takes in the packet, for the cycle's limit. */
  statementPages: number;
}

export interface BuiltPacket extends PacketMeasure {
  /** The finished packet, still open: saved for one file, or its pages copied into the combined one. */
  document: PDFDocument;
  /** Pages of each letter as appended (counted in the file, not taken from the upload record). */
  letterPages: number[];
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
export async function buildPacket(db: ReadableDb, nominationId: number, options: PacketOptions): Promise<BuiltPacket> {
  const source = await loadPacketSource(db, nominationId);
  const letters = await openLetters(source);
  const content = await packetContent(db, source, (i) => letters[i]!.getPageCount());
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

/**
 * The packet's page counts without making it: the generated parts are laid
 * out (their length depends on the text) but not finished, and the letters
 * are counted from their upload records instead of being opened and copied.
 * For checking a whole cycle's limits before printing.
 */
export async function measurePacket(
  db: ReadableDb,
  nominationId: number,
  options: PacketOptions,
): Promise<PacketMeasure> {
  const source = await loadPacketSource(db, nominationId);
  const content = await packetContent(db, source, (i) => source.letters[i]!.pages);
  const layout = renderGenerated(content, options);
  return {
    source,
    // The layout holds a blank stand-in page for every letter page, so its count is the packet's.
    pages: layout.writer.doc.bufferedPageRange().count,
    letterPages: content.letterPages,
    statementPages: layout.starts.record - layout.starts.statement,
  };
}

async function packetContent(
  db: ReadableDb,
  source: PacketSource,
  letterPages: (index: number) => number,
): Promise<PacketContent> {
  const record = await mentoringRecord(db, source.nominee.id, wholeRecord);
  return {
    source,
    record,
    evidence: await surveyEvidence(db, record),
    letterPages: source.letters.map((_, i) => letterPages(i)),
    letterTitles: source.letters.map((l) => letterLabel(l, source.letters)),
  };
}
