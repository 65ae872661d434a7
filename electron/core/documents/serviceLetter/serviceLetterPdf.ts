import { isoDate } from '../../../common/isoDates';
import { mentorshipKindLabels } from '../../mentorships/contract';
import type { GeneratedDocument } from '../contract';
import { drawSignatory } from '../layout/letterhead';
import { count, fileSlug, longDate } from '../../pdf/words';
import type { MentoringRecord } from '../../personMentoring/record';
import { finishOfficeDocument, startOfficeDocument, type OfficeSettings } from '../officeDocument';
import { fonts } from '../../pdf/fonts';
import { drawTable, type CellItem } from '../../pdf/table';
import { fillPlaceholders } from '../settings/standardTexts';
import type { AwardWon } from '../../awards/selectedAwards';
import type { SatisfactionSummary } from './satisfaction';

export interface ServiceLetterContent {
  record: MentoringRecord;
  awards: AwardWon[];
  satisfaction: SatisfactionSummary | null;
}

/**
 * A letter for a faculty member's Service Portfolio (seed 004: mentoring is
 * professional service): whom they mentored, the groups they facilitated,
 * the meetings logged, agreements, awards and, where at least five mentees
 * answered, their satisfaction; signed by the office's signatory.
 */
export async function serviceLetterPdf(
  { record, awards, satisfaction }: ServiceLetterContent,
  office: OfficeSettings,
  now: Date,
): Promise<GeneratedDocument> {
  const { person, period } = record;
  const { letterhead } = office.identity;
  const periodText = `${longDate(period.from)} to ${longDate(period.to)}`;
  const pdf = startOfficeDocument(office.identity, {
    title: `Mentoring service of ${person.name}, ${periodText}`,
    subject: `Service Portfolio letter documenting the mentoring of ${person.name}`,
    keywords: 'mentoring, service portfolio, letter',
    now,
  });
  const words = {
    name: person.name,
    rank: person.rank,
    department: person.department,
    from: longDate(period.from),
    to: longDate(period.to),
    period: periodText,
    institution: letterhead.institution || 'our institution',
    office: letterhead.office || 'office',
  };
  const text = (key: keyof OfficeSettings['texts']) => fillPlaceholders(office.texts[key], words);

  pdf.paragraph(longDate(isoDate(now)));
  pdf.heading(`Mentoring service of ${person.name}`, 1, { bookmark: true });
  pdf.paragraph(`${person.rank}, ${person.department} · ${periodText}`, {
    font: fonts.sans,
    size: 9.5,
    color: '#5b6573',
  });
  pdf.paragraph('To the Service Portfolio reviewers:');
  pdf.paragraph(text('letterOpening'), { align: 'justify' });

  if (record.mentees.length > 0) {
    pdf.heading('Mentoring relationships', 2, { bookmark: true });
    const small = (value: string): CellItem[] => [{ text: value, size: 9 }];
    drawTable(pdf, {
      columns: [
        { header: 'Mentee', width: 150 },
        { header: 'Role', width: 58 },
        { header: 'Dates', width: 150 },
        { header: 'Meetings', width: 62 },
        { header: 'Goals', width: pdf.contentWidth - 420 },
      ],
      rows: record.mentees.map((m) => [
        [{ text: m.mentee.name, size: 9.5, note: { text: `${m.mentee.rank} · ${m.mentee.department}` } }],
        small(mentorshipKindLabels[m.kind]),
        small(`${longDate(m.startDate)} – ${m.endedOn ? longDate(m.endedOn) : 'continuing'}`),
        small(String(m.meetingsInPeriod)),
        small(m.goalsTotal > 0 ? `${m.goalsAchieved} of ${m.goalsTotal} achieved` : 'None recorded'),
      ]),
    });
  }

  if (record.groupsFacilitated.length > 0) {
    pdf.heading('Peer mentoring groups facilitated', 2, { bookmark: true });
    pdf.list(
      record.groupsFacilitated.map(
        (g) =>
          `${g.name} (${g.focus}), ${g.program}: facilitating since ${longDate(g.startedOn)}; ` +
          `${count(g.meetingsInPeriod, 'meeting')} in the period.`,
      ),
    );
  }

  pdf.heading('In summary', 2, { bookmark: true });
  const partnerships = record.mentees.length;
  const summary = [
    `${count(record.meetings.total, 'meeting')} logged in the period` +
      (record.meetings.inGroups > 0
        ? ` (${record.meetings.withMentees} with mentees, ${record.meetings.inGroups} in peer groups).`
        : '.'),
    ...(partnerships > 0
      ? [
          `Partnership agreements with goals recorded: ${record.agreementsInPlace} of ${count(partnerships, 'partnership')}.`,
        ]
      : []),
    ...(record.groupsFacilitated.length > 0
      ? [`Group members who committed to attendance and confidentiality: ${record.groupCommitmentsSigned}.`]
      : []),
    ...(record.workshops.attended > 0
      ? [`Took part in ${count(record.workshops.attended, 'peer-mentoring workshop')}, as both peer mentor and mentee.`]
      : []),
    ...(record.workshops.facilitated > 0
      ? [`Facilitated ${count(record.workshops.facilitated, 'peer-mentoring workshop')}.`]
      : []),
    ...awards.map((a) => `Recipient of the ${a.awardName}, ${a.year}.`),
  ];
  pdf.list(summary);

  if (satisfaction) {
    pdf.heading('Mentee satisfaction', 2, { bookmark: true });
    const scaleEnds = `${satisfaction.scale[0]} (1) to ${satisfaction.scale[satisfaction.scale.length - 1]} (${satisfaction.scale.length})`;
    pdf.paragraph(
      `${satisfaction.answered} of this faculty member’s mentees answered “${satisfaction.question}” in the ` +
        `${satisfaction.surveys.join(' and ')}. ${satisfaction.satisfied} of them (${Math.round(
          (100 * satisfaction.satisfied) / satisfaction.answered,
        )}%) answered on the satisfied side of the scale; the average answer was ` +
        `${satisfaction.mean.toFixed(1)} on a scale from ${scaleEnds}. The survey asks about mentoring as a whole, ` +
        'not about one mentor.',
      { align: 'justify' },
    );
  }

  pdf.paragraph(text('letterClosing'), { align: 'justify' });
  drawSignatory(pdf, office.identity);

  return finishOfficeDocument(pdf, `service-letter-${fileSlug(person.name)}-${period.from}-${period.to}.pdf`);
}
