import { fonts } from '../../pdf/fonts';
import type { PdfWriter } from '../../pdf/writer';
import type { Workshop } from '../contract';
import { partnerWords, type WorkshopTexts } from './sheetTexts';

/** A page for each table in each round, to set on the table: who sits there, and the rule for swapping roles. */
export function drawTableSheets(
  pdf: PdfWriter,
  workshop: Workshop,
  texts: WorkshopTexts,
  under?: PDFKit.PDFOutline,
): void {
  let first = true;
  for (const round of workshop.rounds) {
    const tables = [...new Set(round.groups.map((g) => g.table))];
    for (const table of tables) {
      if (!first) pdf.newPage();
      first = false;
      pdf.heading(`Round ${round.number} · Table ${table}`, 2, { bookmark: true, under });
      for (const group of round.groups.filter((g) => g.table === table)) {
        pdf.paragraph(partnerWords(group.people.map((p) => p.name)), { font: fonts.sansBold, size: 16 });
      }
      pdf.paragraph(texts.roleSwap, { size: 11 });
    }
  }
}
