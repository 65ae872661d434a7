import { drawTable, type CellItem } from '../../pdf/table';
import type { PdfWriter } from '../../pdf/writer';
import type { Workshop } from '../contract';

/** Blank rows for people who come without having signed up. */
const blankRows = 6;

/** Everyone on the list, by name, with room to sign; and blank rows for walk-ins. */
export function drawSignIn(pdf: PdfWriter, workshop: Workshop): void {
  const cell = (text: string): CellItem[] => [{ text, size: 10 }];
  drawTable(pdf, {
    columns: [
      { header: 'Name', width: 170 },
      { header: 'Department', width: 140 },
      { header: 'Signature', width: pdf.contentWidth - 310 },
    ],
    rows: [
      ...workshop.participants.map((p) => [cell(p.name), cell(p.department ?? ''), cell(' ')]),
      ...Array.from({ length: blankRows }, () => [cell(' '), cell(' '), cell(' ')]),
    ],
  });
}
