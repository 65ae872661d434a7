import { drawFacts } from '../../documents/layout/facts';
import { drawWritingLines } from '../../documents/layout/writingSpace';
import { fonts } from '../../pdf/fonts';
import { drawTable } from '../../pdf/table';
import { longDate } from '../../pdf/words';
import type { PdfWriter } from '../../pdf/writer';
import type { Workshop } from '../contract';
import { partnerWords, seatsOf, type WorkshopTexts } from './sheetTexts';

/**
 * A card for each participant in the plan, a page each: where they sit
 * and whom they meet in every round, the rule for swapping roles, the
 * preparation prompt with room to write goals for the next six months, and
 * the example questions and guidelines (seed 002).
 */
export function drawCards(pdf: PdfWriter, workshop: Workshop, texts: WorkshopTexts, under?: PDFKit.PDFOutline): void {
  const seats = seatsOf(workshop);
  const people = workshop.participants.filter((p) => seats.has(p.id));
  for (const participant of people) {
    // A card is a page of its own, apart from what the page already holds (the letterhead, another card).
    if (pdf.doc.y > pdf.doc.page.margins.top + 1) pdf.newPage();
    pdf.heading(participant.name, 2, { bookmark: true, under });
    pdf.paragraph(`${workshop.title} · ${longDate(workshop.heldOn)}${workshop.place ? ` · ${workshop.place}` : ''}`, {
      font: fonts.sans,
      size: 9.5,
      color: '#5b6573',
    });
    drawTable(pdf, {
      columns: [
        { header: 'Round', width: 60 },
        { header: 'Table', width: 60 },
        { header: 'Partner', width: pdf.contentWidth - 120 },
      ],
      rows: seats
        .get(participant.id)!
        .map((seat) => [
          [{ text: String(seat.round), size: 10 }],
          [{ text: String(seat.table), size: 10 }],
          [{ text: partnerWords(seat.partners), size: 10 }],
        ]),
    });
    drawFacts(
      pdf,
      [
        ['Swapping roles', texts.roleSwap],
        ['Guidelines', texts.guidelines.join(' ')],
      ],
      110,
    );
    pdf.heading('Before the first round', 3);
    pdf.paragraph(texts.preparation.join(' '));
    pdf.paragraph('My goals and questions for the next six months:', { font: fonts.sansBold, size: 9.5 });
    drawWritingLines(pdf, 4);
    pdf.heading('Questions you might ask your peer mentor', 3);
    pdf.list(texts.questions);
  }
}
