import { fonts } from '../../pdf/fonts';
import type { PdfWriter } from '../../pdf/writer';

/** Ruled lines to write on by hand, where a record has nothing yet (goals not recorded, a choice to make). */
export function drawWritingLines(pdf: PdfWriter, lines: number): void {
  const { doc } = pdf;
  pdf.ensureSpace(lines * 24 + 6);
  pdf.artifact(() => {
    doc.lineWidth(0.5).strokeColor('#9aa4ae');
    for (let i = 1; i <= lines; i++) {
      const y = doc.y + i * 24;
      doc
        .moveTo(pdf.left, y)
        .lineTo(pdf.left + pdf.contentWidth, y)
        .stroke();
    }
  });
  doc.y += lines * 24 + 12;
}

/** Boxes to tick, one per option; the option's words are tagged text, the box an artifact. */
export function drawTickBoxes(pdf: PdfWriter, options: string[]): void {
  const { doc } = pdf;
  for (const option of options) {
    pdf.ensureSpace(22);
    const y = doc.y;
    pdf.artifact(() => {
      doc
        .lineWidth(0.8)
        .strokeColor('#3b4450')
        .rect(pdf.left + 4, y + 1.5, 10, 10)
        .stroke();
    });
    pdf.root.add(
      doc.struct('P', {}, () => {
        doc
          .font(fonts.body)
          .fontSize(10.5)
          .fillColor('#1a1a1a')
          .text(option, pdf.left + 22, y, { width: pdf.contentWidth - 22 });
      }),
    );
    doc.y += 5;
  }
  pdf.resetBody();
  doc.moveDown(0.3);
}
