import { fonts } from '../../pdf/fonts';
import type { PdfWriter } from '../../pdf/writer';

export interface Signer {
  /** "Mentor", "Mentee", "For the program", "Member"… */
  role: string;
  /** Printed under the line; empty leaves room to print a name by hand. */
  name: string;
  detail?: string;
}

const lineColor = '#3b4450';

/**
 * A signature line and a date line per signer, the name printed under the
 * signature. A signer never splits across pages.
 */
export function drawSignatureLines(pdf: PdfWriter, signers: Signer[]): void {
  const { doc } = pdf;
  const signatureWidth = Math.min(300, pdf.contentWidth * 0.58);
  const dateLeft = pdf.left + signatureWidth + 36;
  const dateWidth = pdf.left + pdf.contentWidth - dateLeft;
  for (const signer of signers) {
    pdf.ensureSpace(74);
    const lineY = doc.y + 34;
    pdf.artifact(() => {
      doc.lineWidth(0.7).strokeColor(lineColor);
      doc
        .moveTo(pdf.left, lineY)
        .lineTo(pdf.left + signatureWidth, lineY)
        .stroke();
      doc
        .moveTo(dateLeft, lineY)
        .lineTo(dateLeft + dateWidth, lineY)
        .stroke();
    });
    const label = signer.name ? `${signer.role}: ${signer.name}` : `${signer.role} (name):`;
    pdf.root.add(
      doc.struct('P', {}, () => {
        doc
          .font(fonts.sansBold)
          .fontSize(9.5)
          .fillColor('#1a1a1a')
          .text(label, pdf.left, lineY + 4, { width: signatureWidth });
        if (signer.detail) {
          doc.font(fonts.sans).fontSize(8.5).fillColor('#5b6573').text(signer.detail, pdf.left, doc.y, {
            width: signatureWidth,
          });
        }
      }),
    );
    const below = doc.y;
    pdf.root.add(
      doc.struct('P', {}, () => {
        doc
          .font(fonts.sans)
          .fontSize(9.5)
          .fillColor('#5b6573')
          .text('Date', dateLeft, lineY + 4, { width: dateWidth });
      }),
    );
    doc.y = Math.max(below, doc.y) + 10;
    pdf.resetBody();
  }
}
