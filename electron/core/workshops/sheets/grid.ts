import { drawTable, type CellItem } from '../../pdf/table';
import type { PdfWriter } from '../../pdf/writer';
import type { Workshop } from '../contract';
import { partnerWords, seatsOf, type WorkshopTexts } from './sheetTexts';

/**
 * The facilitator's grid: a row per participant, a column per round, each
 * cell the table and the partner(s); then the objectives and the wrap-up
 * questions to close with.
 */
export function drawGrid(pdf: PdfWriter, workshop: Workshop, texts: WorkshopTexts): void {
  const seats = seatsOf(workshop);
  const people = workshop.participants.filter((p) => seats.has(p.id));
  const nameWidth = 130;
  const roundWidth = (pdf.contentWidth - nameWidth) / Math.max(1, workshop.rounds.length);
  const size = workshop.rounds.length > 5 ? 7.5 : 8.5;
  drawTable(pdf, {
    columns: [
      { header: 'Participant', width: nameWidth },
      ...workshop.rounds.map((r) => ({ header: `Round ${r.number}`, width: roundWidth })),
    ],
    rows: people.map((participant) => {
      const byRound = new Map(seats.get(participant.id)!.map((s) => [s.round, s]));
      return [
        [{ text: participant.name, size: 9 }],
        ...workshop.rounds.map((r): CellItem[] => {
          const seat = byRound.get(r.number);
          return [{ text: seat ? `T${seat.table}: ${partnerWords(seat.partners)}` : '—', size }];
        }),
      ];
    }),
  });
  pdf.heading('Objectives', 3);
  pdf.list(texts.objectives);
  pdf.heading('Wrap-up', 3);
  pdf.list(texts.wrapUp);
}
