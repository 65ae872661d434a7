import type { ReadableDb } from '../../../../db/handles';
import { PDFDocument } from 'pdf-lib';
import { TrellisError } from '../../../common/errors';
import { mimeTypes, type ExportedFile } from '../../../common/exportedFile';
import type { LimitWarning, PacketBatchResult } from './contract';
import { packetFileNames, safeSlug } from './fileNames';
import { limitWarnings } from './limits';
import type { Bookmark } from './outline';
import { writeOutline } from './outline';
import { buildPacket, type BuiltPacket, type PacketOptions } from './packet';
import { yieldToEventLoop, type PacketProgressBoard, type PacketRun } from './progress';
import { nominationIdsOfCycle } from './source';

export interface BatchRequest {
  cycleId: number;
  output: 'combined' | 'perNominee';
  statuses: readonly string[];
  progressKey?: string;
}

/**
 * Every packet of a cycle, one nominee at a time with a pause for the event
 * loop in between (progress polls and a cancel are answered). A cancelled run
 * returns nothing: the files are only handed over once all are built.
 */
export async function generatePackets(
  db: ReadableDb,
  board: PacketProgressBoard,
  request: BatchRequest,
  options: PacketOptions,
): Promise<PacketBatchResult> {
  const ids = await nominationIdsOfCycle(db, request.cycleId, request.statuses);
  if (ids.length === 0)
    throw new TrellisError(
      'NOT_FOUND',
      'This cycle has no nominations with the chosen statuses, so there is nothing to print.',
    );
  const run = board.start(request.progressKey, ids.length);
  try {
    const packets: BuiltPacket[] = [];
    for (const id of ids) {
      await yieldToEventLoop();
      if (run.cancelled) return { cancelled: true };
      packets.push(await buildPacket(db, id, options));
      run.advance(packets.length);
    }
    await yieldToEventLoop();
    if (run.cancelled) return { cancelled: true };
    const warnings: LimitWarning[] = packets.flatMap(limitWarnings);
    const pages = packets.reduce((n, p) => n + p.pages, 0);
    const files =
      request.output === 'combined' ? [await combine(packets, options, run)] : await perNominee(packets, run);
    // Combining and saving take seconds for a big cycle; a Cancel that came in meanwhile still wins.
    await yieldToEventLoop();
    if (run.cancelled) return { cancelled: true };
    return { cancelled: false, files, packets: packets.length, pages, warnings };
  } finally {
    run.finish();
  }
}

async function perNominee(packets: BuiltPacket[], run: PacketRun): Promise<ExportedFile[]> {
  const names = packetFileNames(
    packets.map((p) => ({ nominationId: p.source.nominationId, nominee: p.source.nominee.name })),
  );
  const files: ExportedFile[] = [];
  for (const [i, packet] of packets.entries()) {
    if (run.cancelled) break;
    files.push(pdfFile(names[i]!, await packet.document.save()));
    await yieldToEventLoop();
  }
  return files;
}

/** One file for the committee: the packets in nominee order, a bookmark per nominee with that packet's parts under it. */
async function combine(packets: BuiltPacket[], options: PacketOptions, run: PacketRun): Promise<ExportedFile> {
  const first = packets[0]!.source;
  const title = `Nomination packets: ${first.award.name}, ${first.cycle.year}`;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const bookmarks: Bookmark[] = [];
  for (const packet of packets) {
    // Let a Cancel through between nominees; the caller drops the result if one came.
    await yieldToEventLoop();
    if (run.cancelled) break;
    const offset = doc.getPageCount();
    const pages = await doc.copyPages(packet.document, packet.document.getPageIndices());
    for (const page of pages) doc.addPage(page);
    bookmarks.push({
      title: packet.source.nominee.name,
      pageIndex: offset,
      closed: true,
      children: packet.bookmarks.map((b) => ({ ...b, pageIndex: b.pageIndex + offset })),
    });
  }
  writeOutline(doc, bookmarks);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(options.author);
  doc.setSubject(`${packets.length} nomination packets for the selection committee`);
  doc.setKeywords(['mentoring award, nomination packets']);
  doc.setCreator('Trellis');
  doc.setProducer('Trellis');
  doc.setCreationDate(options.date);
  doc.setModificationDate(options.date);
  doc.setLanguage('en-US');
  const slug = safeSlug(`${first.award.name} ${first.cycle.year}`);
  return pdfFile(`packets-${slug}.pdf`, await doc.save());
}

export function pdfFile(fileName: string, bytes: Uint8Array): ExportedFile {
  return { fileName, mimeType: mimeTypes.pdf, base64: Buffer.from(bytes).toString('base64') };
}
