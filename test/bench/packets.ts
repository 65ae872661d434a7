/**
 * How fast are nomination packets printed?
 *
 *   npx tsx test/bench/packets.ts
 *
 * Fills a temporary encrypted database with one award cycle of 16
 * nominations (each nominee with six mentees, meetings, and a nomination
 * letter, a CV and two support letters: 8 letter pages), then builds the
 * cycle's combined packet (≈200 pages: contents laid out twice, letters
 * appended with pdf-lib, bookmarks). The baseline, measured in the same run,
 * is pdfkit alone writing the same number of plain text pages. Only the ratio
 * of the two rates (pages per second) is printed, the median of a few rounds,
 * so it means the same on a fast or a slow machine: 1 would be as fast as
 * plain pdfkit, 0.25 a quarter as fast. It also prints what checking the
 * cycle's limits (shown before printing) costs, as a share of printing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { createCore, type Core } from '../../electron/core/core';
import { addCycle, addNomination } from '../support/awards';
import { fastKdf, testPassphrase } from '../support/tempCore';

const nominees = 16;
const rounds = 3;
const filler = 'The mentee and mentor met monthly to plan the grant, read drafts and rehearse the promotion talk. ';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ns: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ns: Number(process.hrtime.bigint() - start), value };
}

/** pdfkit alone: `pages` pages, each a heading and a paragraph of plain text in a standard font. */
function plainPdfkit(pages: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (let n = 1; n <= pages; n++) {
      doc.addPage();
      doc.font('Helvetica-Bold').fontSize(16).text(`Page ${n}`);
      doc.font('Helvetica').fontSize(10.5).text(filler.repeat(12));
    }
    doc.end();
  });
}

async function fill(core: Core): Promise<number> {
  const cycleId = await addCycle(core, { maxSupportLetters: 2 });
  const program = await core.call('programs.create', {
    name: 'Faculty Mentoring',
    sponsor: 'Office of Academic Affairs',
  });
  let person = 0;
  const add = (rank: 'Professor' | 'Assistant Professor') =>
    core.call('faculty.create', {
      name: `Person Nguyễn ${++person}`,
      email: `person${person}@med.example.edu`,
      rank,
      department: 'Medicine',
    });
  const nominator = await add('Professor');
  const letter = (label: string, pages: number) =>
    Array.from({ length: pages }, (_, i) => `${label}, page ${i + 1}. ${filler.repeat(20)}`);
  for (let i = 0; i < nominees; i++) {
    const nominee = await add('Professor');
    for (let m = 0; m < 6; m++) {
      const mentee = await add('Assistant Professor');
      const pair = await core.call('mentorships.create', {
        mentorId: nominee.id,
        menteeId: mentee.id,
        programId: program.id,
        startDate: '2024-09-01',
      });
      await core.call('meetings.log', { mentorshipId: pair.id, heldOn: '2025-03-01', durationMinutes: 60, topics: [] });
    }
    await addNomination(core, {
      cycleId,
      nomineeId: nominee.id,
      nominatorId: nominator.id,
      statement: Array.from({ length: 6 }, () => filler.repeat(6)).join('\n\n'),
      letters: [
        { kind: 'nomination', title: 'Nomination', pages: letter('Nomination letter', 2) },
        { kind: 'cv', title: 'CV', pages: letter('Curriculum vitae', 2) },
        { kind: 'support', title: 'Support', pages: letter('Support letter', 2) },
        { kind: 'support', title: 'Support', pages: letter('Support letter', 2) },
      ],
    });
  }
  return cycleId;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  const core = createCore({ databasePath: join(folder, 'trellis.db'), actor: 'benchmark', kdfCost: fastKdf });
  try {
    await core.call('vault.create', { passphrase: testPassphrase });
    const cycleId = await fill(core);
    const ratios: number[] = [];
    const checkShares: number[] = [];
    let pages = 0;
    for (let round = 0; round < rounds; round++) {
      const packets = await timed(() => core.call('awards.packets.generate', { cycleId, output: 'combined' }));
      if (packets.value.cancelled) throw new Error('The benchmark run was cancelled.');
      pages = packets.value.pages;
      const plain = await timed(() => plainPdfkit(pages));
      // (pages / packets time) ÷ (pages / plain time) = plain time ÷ packets time.
      ratios.push(plain.ns / packets.ns);
      const check = await timed(() => core.call('awards.packets.check', { cycleId }));
      checkShares.push(check.ns / packets.ns);
    }
    const ratio = median(ratios);
    console.log(
      `Nomination packets: one combined PDF of ${pages} pages (${nominees} nominees), median of ${rounds} rounds.`,
    );
    console.log(
      `  pages per second, as a ratio to pdfkit writing ${pages} plain text pages: ${ratio.toFixed(2)}× ` +
        `(plain pdfkit is ${(1 / ratio).toFixed(1)}× as fast)`,
    );
    console.log(
      `  checking the cycle's limits before printing takes ${median(checkShares).toFixed(2)}× the time of printing it`,
    );
  } finally {
    await core.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
