import type { Letterhead } from '../contract';
import { fonts } from '../../pdf/fonts';
import type { PdfWriter } from '../../pdf/writer';

/** What every document is headed and signed with: the office's words and images from Settings. */
export interface OfficeIdentity {
  letterhead: Letterhead;
  logo: Buffer | null;
  signature: Buffer | null;
}

const navy = '#1f3a5f';
const grey = '#5b6573';

/**
 * The letterhead at the top of the first page: the logo (if any) on the left,
 * the institution, office and address beside it, and a rule under them.
 */
export function drawLetterhead(pdf: PdfWriter, office: OfficeIdentity): void {
  const { doc } = pdf;
  const { institution, office: officeName, address } = office.letterhead;
  const top = doc.y;
  let textLeft = pdf.left;
  let logoHeight = 0;
  if (office.logo) {
    const size = pdf.figure(office.logo, `Logo of ${institution || officeName || 'the institution'}`, {
      x: pdf.left,
      y: top,
      width: 110,
      height: 54,
    });
    textLeft = pdf.left + size.width + 14;
    logoHeight = size.height;
  }
  const width = pdf.left + pdf.contentWidth - textLeft;
  const line = (text: string, font: string, size: number, color: string) => {
    if (!text) return;
    pdf.root.add(
      doc.struct('P', {}, () => {
        doc.font(font).fontSize(size).fillColor(color).text(text, textLeft, doc.y, { width, lineGap: 1 });
      }),
    );
  };
  doc.y = top;
  line(institution, fonts.sansBold, 14, navy);
  line(officeName, fonts.sans, 10.5, '#1a1a1a');
  for (const addressLine of address.split(/\r?\n/).filter((l) => l.trim()))
    line(addressLine.trim(), fonts.sans, 8.5, grey);
  const ruleY = Math.max(doc.y, top + logoHeight) + 8;
  pdf.artifact(() => {
    doc
      .moveTo(pdf.left, ruleY)
      .lineTo(pdf.left + pdf.contentWidth, ruleY)
      .lineWidth(1)
      .strokeColor(navy)
      .stroke();
  });
  doc.y = ruleY + 18;
  pdf.resetBody();
}

/** The closing of a letter: "Sincerely,", the signature image if set, the signatory's name and title. */
export function drawSignatory(pdf: PdfWriter, office: OfficeIdentity): void {
  const { doc } = pdf;
  const { signatoryName, signatoryTitle, office: officeName, institution } = office.letterhead;
  pdf.ensureSpace(120);
  pdf.paragraph('Sincerely,');
  if (office.signature) {
    const size = pdf.figure(office.signature, `Signature of ${signatoryName || 'the signatory'}`, {
      x: pdf.left,
      y: doc.y,
      width: 170,
      height: 50,
    });
    doc.y += size.height + 4;
  } else {
    doc.y += 36; // room to sign by hand
  }
  pdf.resetBody();
  const lines = [signatoryName, signatoryTitle, [officeName, institution].filter(Boolean).join(', ')].filter(Boolean);
  lines.forEach((text, i) =>
    pdf.root.add(
      doc.struct('P', {}, () => {
        doc
          .font(i === 0 && signatoryName ? fonts.bodyBold : fonts.body)
          .fontSize(10.5)
          .fillColor('#1a1a1a')
          .text(text, pdf.left, doc.y, { width: pdf.contentWidth });
      }),
    ),
  );
  pdf.resetBody();
}
