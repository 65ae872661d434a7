import { drawFacts } from '../../documents/layout/facts';
import { drawWritingLines } from '../../documents/layout/writingSpace';
import { fonts } from '../../pdf/fonts';
import { drawTable } from '../../pdf/table';
import { longDate } from '../../pdf/words';
import type { PdfWriter } from '../../pdf/writer';
import type { Workshop } from '../contract';
import { partnerWords, seatsOf, type WorkshopTexts } from './sheetTexts';

/**
 * A card for each participant in the plan, one page each: where they sit
 * and whom they meet in every round, the rule for swapping roles, the
 * preparation prompt with room to write goals for the next six months, and
 * the example questions and guidelines (seed 002).
 */
export function drawCards(pdf: PdfWriter, workshop: Workshop, texts: WorkshopTexts, under?: PDFKit.PDFOutline): void {
  const seats = seatsOf(workshop);
  const people = workshop.participants.filter((p) => seats.has(p.id));
  people.forEach((participant, index) => {
    if (index > 0) pdf.newPage();
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
    drawFacts(pdf, [['Swapping roles', texts.roleSwap]], 110);
    pdf.heading('Before the first round', 3);
    pdf.list(texts.preparation);
    pdf.paragraph('My goals and questions for the next six months:', { font: fonts.sansBold, size: 9.5 });
    drawWritingLines(pdf, 5);
    pdf.heading('Questions you might ask your peer mentor', 3);
    pdf.list(texts.questions);
    pdf.heading('Guidelines', 3);
    pdf.list(texts.guidelines);
  });
}
