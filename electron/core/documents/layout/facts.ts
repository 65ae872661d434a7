import { fonts } from '../../pdf/fonts';
import type { PdfWriter } from '../../pdf/writer';

/**
 * Label–value lines ("Program: …", "Start date: …") in two aligned columns.
 * Each line is one paragraph in the structure, read as "label value".
 */
export function drawFacts(pdf: PdfWriter, facts: [label: string, value: string][], labelWidth = 150): void {
  const { doc } = pdf;
  const valueWidth = pdf.contentWidth - labelWidth;
  for (const [label, value] of facts) {
    doc.font(fonts.body).fontSize(10.5);
    const height = Math.max(doc.heightOfString(value, { width: valueWidth, lineGap: 1.5 }), 14);
    pdf.ensureSpace(height + 4);
    const y = doc.y;
    pdf.root.add(
      doc.struct('P', {}, () => {
        doc
          .font(fonts.sansBold)
          .fontSize(9.5)
          .fillColor('#5b6573')
          .text(label, pdf.left, y + 1, {
            width: labelWidth - 10,
            lineBreak: false,
          });
        doc
          .font(fonts.body)
          .fontSize(10.5)
          .fillColor('#1a1a1a')
          .text(value, pdf.left + labelWidth, y, { width: valueWidth, lineGap: 1.5 });
      }),
    );
    doc.y = y + height + 4;
  }
  pdf.resetBody();
  doc.moveDown(0.4);
}
