import { count } from '../../pdf/words';
import type { MenteeRecord, MentoringRecord } from '../../personMentoring/record';
import { fonts } from '../../pdf/fonts';
import { drawTable } from '../../pdf/table';
import { PdfWriter } from '../../pdf/writer';
import { mentorshipKindLabels } from '../../mentorships/contract';
import { minimumGroupSize } from '../../surveys/contract';
import type { Summary } from '../../surveys/statistics';
import { committeeConfidentiality, partTitles } from './labels';
import type { PacketSource } from './source';
import type { EvidenceSurvey } from './surveyEvidence';

export interface PacketContent {
  source: PacketSource;
  /** The nominee's whole mentoring record (all time). */
  record: MentoringRecord;
  evidence: EvidenceSurvey[];
  /** Page counts of the letters appended after the generated pages, in order. */
  letterPages: number[];
  /** Contents entries after the generated parts, one per letter. */
  letterTitles: string[];
}

/** The first page (1-based) of each generated part. */
export interface GeneratedStarts {
  cover: number;
  contents: number;
  statement: number;
  record: number;
  evidence: number;
}

export interface GeneratedLayout {
  writer: PdfWriter;
  starts: GeneratedStarts;
  /** Pages written by pdfkit before the blank stand-ins for the letters. */
  generatedPages: number;
  /** The contents as printed: every part after it and every letter, with the page it starts on. */
  contents: { title: string; page: number }[];
}

export interface RenderOptions {
  author: string;
  date: Date;
}

// Three faces only (serif body, sans, sans bold): each face a packet uses is embedded (as a subset) in that packet.
const accent = '#1f3a5f';
const muted = '#5b6573';

/**
 * Lays out the pages pdfkit writes: cover, contents, statement, mentoring
 * record and survey evidence, followed by one blank stand-in page per page of
 * the letters, so the footer's "Page X of Y" counts the whole packet. The
 * stand-ins are swapped for the letters' own pages afterwards (packet.ts).
 * Two passes over one layout: the contents are laid out with their titles,
 * then every part, then the pages are counted (letters included) and the
 * page numbers are written onto the contents pages, which pdfkit keeps open.
 */
export function renderGenerated(content: PacketContent, options: RenderOptions): GeneratedLayout {
  const { source } = content;
  const pdf = new PdfWriter({
    title: `Nomination packet: ${source.nominee.name}`,
    author: options.author,
    subject: `${source.award.name}, ${source.cycle.year}`,
    keywords: 'mentoring award, nomination packet',
    confidentiality: `${committeeConfidentiality}.`,
    fixedDate: options.date,
  });
  const page = () => pdf.doc.bufferedPageRange().count;

  drawCover(pdf, source);
  pdf.newPage();
  const contents = page();
  const titles = [partTitles.statement, partTitles.record, partTitles.evidence, ...content.letterTitles];
  const writeNumbers = drawContents(pdf, titles);
  pdf.newPage();
  const statement = page();
  drawStatement(pdf, source);
  pdf.newPage();
  const record = page();
  drawRecord(pdf, content.record);
  pdf.newPage();
  const evidence = page();
  drawEvidence(pdf, content.evidence, source.comments);
  const generatedPages = page();

  const letterStarts: number[] = [];
  let next = generatedPages + 1;
  for (const pages of content.letterPages) {
    letterStarts.push(next);
    next += pages;
  }
  const numbers = [statement, record, evidence, ...letterStarts];
  writeNumbers(numbers);
  const standIns = content.letterPages.reduce((a, b) => a + b, 0);
  for (let i = 0; i < standIns; i++) pdf.newPage();
  return {
    writer: pdf,
    starts: { cover: 1, contents, statement, record, evidence },
    generatedPages,
    contents: titles.map((title, i) => ({ title, page: numbers[i]! })),
  };
}

function drawCover(pdf: PdfWriter, source: PacketSource): void {
  const { doc } = pdf;
  doc.y = 150;
  pdf.root.add(
    doc.struct('H1', {}, () => {
      doc.font(fonts.sansBold).fontSize(24).fillColor(accent).text(source.award.name, { width: pdf.contentWidth });
    }),
  );
  doc.moveDown(0.3);
  pdf.paragraph(`Nomination packet · ${source.cycle.year} cycle`, { font: fonts.sans, size: 13, color: muted });
  pdf.artifact(() => {
    doc
      .moveTo(pdf.left, doc.y + 6)
      .lineTo(pdf.left + pdf.contentWidth, doc.y + 6)
      .lineWidth(1)
      .strokeColor(accent)
      .stroke();
  });
  doc.moveDown(2.5);
  const person = (label: string, who: PacketSource['nominee'], size: number) => {
    pdf.paragraph(label, { font: fonts.sans, size: 9.5, color: muted });
    doc.moveDown(-0.4);
    pdf.paragraph(who.name, { font: fonts.sansBold, size });
    doc.moveDown(-0.3);
    pdf.paragraph(`${who.rank}, ${who.department}`, { size: 11.5 });
    doc.moveDown(1);
  };
  person('Nominee', source.nominee, 22);
  person('Nominated by', source.nominator, 14);
  doc.y = pdf.bottom - 60;
  pdf.paragraph(committeeConfidentiality, { font: fonts.sansBold, size: 12, color: '#a4262c' });
  pdf.paragraph('Please do not copy or forward this packet, and return or destroy it after the committee decides.', {
    font: fonts.sans,
    size: 9,
    color: muted,
  });
}

/**
 * Reserves the contents' lines and returns the function that writes them once
 * the pages are counted: title and page number together, so both reading
 * order and text extraction see "Mentoring record 4". Each line is one TOCI.
 */
function drawContents(pdf: PdfWriter, titles: string[]): (pages: number[]) => void {
  const { doc } = pdf;
  pdf.heading(partTitles.contents, 1);
  const toc = doc.struct('TOC');
  pdf.root.add(toc);
  const numberWidth = 60;
  const titleWidth = pdf.contentWidth - numberWidth - 10;
  const entryFont = () => doc.font(fonts.sans).fontSize(11).fillColor('#1a1a1a');
  const slots = titles.map((title) => {
    pdf.ensureSpace(30);
    const slot = { title, page: doc.bufferedPageRange().count - 1, y: doc.y };
    entryFont();
    doc.y += doc.heightOfString(title, { width: titleWidth, lineGap: 1.5 });
    doc.moveDown(0.6);
    return slot;
  });
  pdf.resetBody();
  doc.moveDown(1);
  pdf.paragraph('Page numbers count every page of this packet, the appended letters included.', {
    font: fonts.sans,
    size: 9,
    color: muted,
  });
  return (pages) => {
    const current = doc.bufferedPageRange().count - 1;
    slots.forEach((slot, i) => {
      doc.switchToPage(slot.page);
      toc.add(
        doc.struct('TOCI', {}, () => {
          entryFont();
          doc.text(slot.title, pdf.left, slot.y, { width: titleWidth, lineGap: 1.5 });
          doc.text(String(pages[i]), pdf.left + pdf.contentWidth - numberWidth, slot.y, {
            width: numberWidth,
            align: 'right',
          });
        }),
      );
    });
    doc.switchToPage(current);
    pdf.resetBody();
  };
}

function drawStatement(pdf: PdfWriter, source: PacketSource): void {
  pdf.heading(partTitles.statement, 1);
  pdf.paragraph(`By ${source.nominator.name}, ${source.nominator.rank}, ${source.nominator.department}`, {
    font: fonts.sans,
    size: 10,
    color: muted,
  });
  const paragraphs = source.statement
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) pdf.paragraph('No statement was entered for this nomination.');
  for (const paragraph of paragraphs) pdf.paragraph(paragraph, { align: 'justify' });
}

/**
 * What came of a mentorship, without confidential text: its state and how
 * many goals were achieved (never the goals' texts or the reason it ended).
 */
function outcome(m: MenteeRecord): string {
  const state = m.status === 'ended' ? `Ended${m.endedOn ? ` ${m.endedOn}` : ''}` : 'Active';
  if (m.goalsTotal === 0) return `${state}; no goals recorded`;
  return `${state}; ${m.goalsAchieved} of ${count(m.goalsTotal, 'goal')} achieved`;
}

function drawRecord(pdf: PdfWriter, record: MentoringRecord): void {
  pdf.heading(partTitles.record, 1);
  const hours = Math.round(record.meetings.minutes / 6) / 10;
  pdf.paragraph(
    `From the records the Office of Academic Affairs keeps in Trellis: ${count(record.mentees.length, 'mentee')}, ` +
      `${count(record.groupsFacilitated.length, 'peer group')} facilitated, ` +
      `${count(record.meetings.total, 'meeting')} logged (${hours} hours).`,
  );
  pdf.heading('Mentees', 2);
  if (record.mentees.length === 0) pdf.paragraph('No mentees are recorded in Trellis for the nominee.');
  else
    drawTable(pdf, {
      columns: widths(pdf, [
        ['Mentee', 0.3],
        ['Kind', 0.12],
        ['Dates', 0.2],
        ['Outcome', 0.26],
        ['Meetings', 0.12],
      ]),
      rows: record.mentees.map((m) => [
        [
          { text: m.mentee.name, font: fonts.sansBold },
          { text: `${m.mentee.rank}, ${m.mentee.department}`, size: 8, color: muted },
        ],
        [{ text: mentorshipKindLabels[m.kind] }],
        [{ text: `${m.startDate} – ${m.endedOn ?? 'now'}` }],
        [{ text: outcome(m) }],
        [{ text: String(m.meetingsInPeriod) }],
      ]),
    });
  pdf.heading('Peer groups facilitated', 2);
  if (record.groupsFacilitated.length === 0)
    pdf.paragraph('The nominee does not facilitate a peer mentoring group in Trellis.');
  else
    drawTable(pdf, {
      columns: widths(pdf, [
        ['Group', 0.28],
        ['Focus', 0.32],
        ['Since', 0.14],
        ['Members', 0.13],
        ['Meetings', 0.13],
      ]),
      rows: record.groupsFacilitated.map((g) => [
        [
          { text: g.name, font: fonts.sansBold },
          { text: g.status === 'active' ? 'Active' : 'Closed', size: 8, color: muted },
        ],
        [{ text: g.focus }],
        [{ text: g.startedOn }],
        [{ text: String(g.currentMembers) }],
        [{ text: String(g.meetingsInPeriod) }],
      ]),
    });
}

function widths(pdf: PdfWriter, columns: [string, number][]): { header: string; width: number }[] {
  return columns.map(([header, share]) => ({ header, width: pdf.contentWidth * share }));
}

function drawEvidence(pdf: PdfWriter, surveys: EvidenceSurvey[], comments: string[]): void {
  pdf.heading(partTitles.evidence, 1);
  pdf.paragraph(
    'Answers that the nominee’s mentees gave to the office’s surveys in years they were mentored by the nominee. ' +
      'Surveys ask about a person’s mentoring as a whole, so a mentee with more than one mentor may be describing ' +
      `all of them. Only totals are shown, and nothing answered by fewer than ${minimumGroupSize} people.`,
    { size: 10 },
  );
  if (surveys.length === 0)
    pdf.paragraph('No survey answers from the nominee’s mentees are linked to people in Trellis.', { color: muted });
  for (const survey of surveys) {
    pdf.heading(`${survey.name} (${survey.year})`, 2);
    if (survey.suppressed) {
      pdf.paragraph(
        `Fewer than ${minimumGroupSize} of the nominee’s mentees answered this survey, so nothing from it is shown: ` +
          'it could identify them.',
        { color: muted },
      );
      continue;
    }
    pdf.paragraph(`${count(survey.respondents, 'mentee')} of the nominee answered.`, { size: 10 });
    drawTable(pdf, {
      columns: widths(pdf, [
        ['Question', 0.42],
        ['Answered', 0.12],
        ['Answers', 0.46],
      ]),
      rows: survey.questions.map((q) => [
        [{ text: q.text }],
        [{ text: q.summary ? String(q.summary.answered) : `Fewer than ${minimumGroupSize}` }],
        [q.summary ? { text: describe(q.summary) } : { text: 'Not shown: too few answers', color: muted }],
      ]),
    });
  }
  pdf.heading('Selected comments', 2);
  if (comments.length === 0) pdf.paragraph('The office selected no comments for this packet.', { color: muted });
  else pdf.list(comments.map((c) => `“${c}”`));
}

function describe(summary: Summary): string {
  const parts = (summary.distribution ?? [])
    .filter((d) => d.count > 0)
    .map((d) => `${d.label}: ${d.count} (${d.percent}%)`);
  if (summary.mean !== null) parts.push(`mean ${summary.mean}, median ${summary.median}`);
  return parts.join(' · ') || '—';
}
