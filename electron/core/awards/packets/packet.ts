import { PDFDocument } from 'pdf-lib';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { TrellisError } from '../../errors';
import { renderGenerated, type GeneratedStarts, type PacketContent } from './generatedPages';
import { letterLabel, partTitles } from './labels';
import { openLetters } from './letters';
import { nomineeRecord } from './nomineeRecord';
import type { Bookmark } from './outline';
import { writeOutline } from './outline';
import { loadPacketSource, type PacketSource } from './source';
import { surveyEvidence } from './surveyEvidence';

export interface BuiltPacket {
  source: PacketSource;
  bytes: Uint8Array;
  pages: number;
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
 * survey evidence (all laid out by pdfkit, twice: once to learn where each
 * part starts, once to print the contents with those pages), then the stored
 * letters appended with pdf-lib, and bookmarks for every part and letter.
 */
export async function buildPacket(
  db: Kysely<Database>,
  nominationId: number,
  options: PacketOptions,
): Promise<BuiltPacket> {
  const source = await loadPacketSource(db, nominationId);
  const record = await nomineeRecord(db, source.nominee.id);
  const evidence = await surveyEvidence(db, record);
  const letters = await openLetters(source);
  const content: PacketContent = {
    source,
    record,
    evidence,
    letterPages: letters.map((l) => l.getPageCount()),
    letterTitles: source.letters.map((l) => letterLabel(l, source.letters)),
  };

  const draft = renderGenerated(content, { ...options, contents: null });
  const letterStarts = startsOfLetters(draft.generatedPages, content.letterPages);
  const entries = [
    { title: partTitles.statement, page: draft.starts.statement },
    { title: partTitles.record, page: draft.starts.record },
    { title: partTitles.evidence, page: draft.starts.evidence },
    ...content.letterTitles.map((title, i) => ({ title, page: letterStarts[i]! })),
  ];
  const final = renderGenerated(content, { ...options, contents: entries });
  if (!sameStarts(draft.starts, final.starts) || draft.generatedPages !== final.generatedPages)
    throw new TrellisError('INTERNAL', 'The packet’s layout changed between its two passes.');

  const doc = await PDFDocument.load(await final.writer.finish(), { updateMetadata: false });
  // Swap the blank stand-ins for the letters' own pages.
  for (let i = doc.getPageCount() - 1; i >= final.generatedPages; i--) doc.removePage(i);
  for (const letter of letters) {
    for (const page of await doc.copyPages(letter, letter.getPageIndices())) doc.addPage(page);
  }
  const bookmarks: Bookmark[] = [
    { title: partTitles.cover, pageIndex: 0 },
    { title: partTitles.contents, pageIndex: final.starts.contents - 1 },
    ...entries.map((e) => ({ title: e.title, pageIndex: e.page - 1 })),
  ];
  writeOutline(doc, bookmarks);
  const bytes = await doc.save();
  return {
    source,
    bytes,
    pages: doc.getPageCount(),
    statementPages: final.starts.record - final.starts.statement,
    bookmarks,
  };
}

function startsOfLetters(generatedPages: number, letterPages: number[]): number[] {
  let next = generatedPages + 1;
  return letterPages.map((pages) => {
    const start = next;
    next += pages;
    return start;
  });
}

function sameStarts(a: GeneratedStarts, b: GeneratedStarts): boolean {
  return (Object.keys(a) as (keyof GeneratedStarts)[]).every((k) => a[k] === b[k]);
}
