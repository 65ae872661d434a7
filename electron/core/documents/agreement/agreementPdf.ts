import { addYears, isoDate } from '../../../common/isoDates';
import { goalStatusLabels, mentorshipKindLabels, type Mentorship } from '../../mentorships/contract';
import type { GeneratedDocument } from '../contract';
import { drawFacts } from '../layout/facts';
import { drawSignatureLines } from '../layout/signatureLines';
import { fileSlug, longDate } from '../../pdf/words';
import { drawTickBoxes, drawWritingLines } from '../layout/writingSpace';
import { finishOfficeDocument, startOfficeDocument, type OfficeSettings } from '../officeDocument';
import { fonts } from '../../pdf/fonts';
import { drawTable } from '../../pdf/table';
import { fillPlaceholders } from '../settings/standardTexts';
import { cadenceInWords } from './cadence';
import type { PartnerResponsibilities } from './responsibilities';

export const agreementTitle = 'Mentoring Partnership Agreement';

/**
 * The Mentoring Partnership Agreement of seed 004: who the partners are, the
 * program and its dates, how they will work together, the mentee's goals,
 * what the matrix expects of each, confidentiality, how to raise a concern or
 * ask for a change, and lines for the mentor, the mentee and the program to sign.
 */
export async function agreementPdf(
  mentorship: Mentorship,
  responsibilities: PartnerResponsibilities,
  office: OfficeSettings,
  now: Date,
): Promise<GeneratedDocument> {
  const { mentor, mentee, program } = mentorship;
  const partnerLabel = mentorshipKindLabels[mentorship.kind];
  const pdf = startOfficeDocument(office.identity, {
    title: `${agreementTitle}: ${mentor.name} and ${mentee.name}`,
    subject: `The ${program.name} partnership of ${mentor.name} (${partnerLabel.toLowerCase()}) and ${mentee.name} (mentee)`,
    keywords: 'mentoring, agreement',
    now,
  });
  const words = {
    mentor: mentor.name,
    mentee: mentee.name,
    program: program.name,
    office: office.identity.letterhead.office || 'office',
  };
  const text = (key: keyof OfficeSettings['texts']) => fillPlaceholders(office.texts[key], words);

  pdf.heading(agreementTitle, 1, { bookmark: true });
  pdf.paragraph(text('agreementIntro'), { align: 'justify' });

  pdf.heading('The partners', 2, { bookmark: true });
  const cell = (value: string, bold = false) => [{ text: value, size: 9.5, ...(bold ? { font: fonts.sansBold } : {}) }];
  drawTable(pdf, {
    columns: [
      { header: 'Role', width: 90 },
      { header: 'Name', width: 150 },
      { header: 'Rank', width: 120 },
      { header: 'Department', width: pdf.contentWidth - 360 },
    ],
    rows: [
      [cell(partnerLabel, true), cell(mentor.name), cell(mentor.rank), cell(mentor.department)],
      [cell('Mentee', true), cell(mentee.name), cell(mentee.rank), cell(mentee.department)],
    ],
  });

  pdf.heading('Program and dates', 2, { bookmark: true });
  const reviewOn = mentorship.nextReviewOn ?? addYears(mentorship.startDate, 1);
  drawFacts(pdf, [
    ['Program', program.name],
    ['Kind of partnership', partnerLabel],
    ['Start date', longDate(mentorship.startDate)],
    ['Annual review date', longDate(reviewOn)],
    ...(mentorship.plannedEnd ? [['Planned end', longDate(mentorship.plannedEnd)] as [string, string]] : []),
  ]);

  pdf.heading('How we will work together', 2, { bookmark: true });
  drawFacts(pdf, [['Meeting cadence', cadenceInWords(mentorship.cadenceDays)]]);
  pdf.paragraph('How formal the partnership will be (tick one):', {
    font: fonts.sansBold,
    size: 9.5,
    color: '#5b6573',
  });
  drawTickBoxes(pdf, [
    'Formal: scheduled meetings with an agenda, and notes of what was agreed.',
    'Informal: conversations arranged as needs arise, with goals reviewed at the annual review.',
  ]);

  pdf.heading('The mentee’s goals', 2, { bookmark: true });
  const goals = mentorship.goals.filter((g) => g.status !== 'set_aside');
  if (goals.length > 0) {
    pdf.list(
      goals.map((g) =>
        g.status === 'not_started' ? g.text : `${g.text} (${goalStatusLabels[g.status].toLowerCase()})`,
      ),
    );
  } else {
    pdf.paragraph('No goals are recorded yet. The partners write the mentee’s goals here:');
    drawWritingLines(pdf, 4);
  }

  pdf.heading('Responsibilities', 2, { bookmark: true });
  pdf.paragraph('From the program’s role–responsibility matrix.', {
    font: fonts.sansItalic,
    size: 9,
    color: '#5b6573',
  });
  pdf.heading(roleHeading(partnerLabel, responsibilities.partnerRow), 3);
  responsibilityList(pdf, responsibilities.partner);
  pdf.heading(roleHeading('Mentee', responsibilities.menteeRow), 3);
  responsibilityList(pdf, responsibilities.mentee);

  pdf.heading('Confidentiality', 2, { bookmark: true });
  pdf.paragraph(text('agreementConfidentiality'), { align: 'justify' });

  pdf.heading('Raising a concern or asking for a change', 2, { bookmark: true });
  pdf.paragraph(text('agreementConcerns'), { align: 'justify' });

  pdf.ensureSpace(260);
  pdf.heading('Signatures', 2, { bookmark: true });
  pdf.paragraph('By signing, we agree to work together as set out in this agreement.');
  drawSignatureLines(pdf, [
    { role: partnerLabel, name: mentor.name, detail: `${mentor.rank}, ${mentor.department}` },
    { role: 'Mentee', name: mentee.name, detail: `${mentee.rank}, ${mentee.department}` },
    { role: 'For the program', name: program.name, detail: 'Name and title of the person signing:' },
  ]);

  return finishOfficeDocument(pdf, `mentoring-agreement-${fileSlug(mentee.name, mentor.name)}-${isoDate(now)}.pdf`);
}

/** "The mentor", or "The sponsor (Mentor row)" when the matrix row has another name. */
function roleHeading(label: string, matrixRow: string | null): string {
  const heading = `The ${label.toLowerCase()}`;
  return matrixRow && matrixRow.toLowerCase() !== label.toLowerCase()
    ? `${heading} (matrix row: ${matrixRow})`
    : heading;
}

function responsibilityList(pdf: Parameters<typeof drawTable>[0], items: string[]): void {
  if (items.length > 0) pdf.list(items);
  else pdf.paragraph('The matrix lists no responsibilities for this role yet.', { color: '#5b6573' });
}
