import { isoDate } from '../../../common/isoDates';
import { groupPhaseLabels, type PeerGroup } from '../../peerGroups/contract';
import type { GeneratedDocument } from '../contract';
import { drawFacts } from '../layout/facts';
import { drawSignatureLines, type Signer } from '../layout/signatureLines';
import { fileSlug, longDate } from '../../pdf/words';
import { finishOfficeDocument, startOfficeDocument, type OfficeSettings } from '../officeDocument';
import { fillPlaceholders } from '../settings/standardTexts';

export const groupCommitmentTitle = 'Peer Mentoring Group Commitment';

/** Blank lines for a group whose members are still to be added. */
const blankSigners = 4;

/**
 * The form each member of a peer mentoring group signs (seeds 000, 002, 004):
 * the group, its facilitator and schedule, the attendance and confidentiality
 * commitments, and one signature line per current member.
 */
export async function groupCommitmentPdf(
  group: PeerGroup,
  office: OfficeSettings,
  now: Date,
): Promise<GeneratedDocument> {
  const pdf = startOfficeDocument(office.identity, {
    title: `${groupCommitmentTitle}: ${group.name}`,
    subject: `Attendance and confidentiality commitments of the members of ${group.name}`,
    keywords: 'peer mentoring, commitment',
    now,
  });
  const words = {
    group: group.name,
    facilitator: group.facilitator ? group.facilitator.name : 'the members',
    program: group.program.name,
  };
  const text = (key: keyof OfficeSettings['texts']) => fillPlaceholders(office.texts[key], words);

  pdf.heading(groupCommitmentTitle, 1, { bookmark: true });
  pdf.paragraph(text('groupIntro'), { align: 'justify' });

  pdf.heading('The group', 2, { bookmark: true });
  const schedule = [group.schedule, group.meetingMinutes ? `${group.meetingMinutes} minutes per meeting` : null]
    .filter(Boolean)
    .join('; ');
  drawFacts(pdf, [
    ['Group', group.name],
    ['Focus', group.focus],
    ['Program', group.program.name],
    [
      'Facilitator',
      group.facilitator
        ? `${group.facilitator.name}, ${group.facilitator.rank}, ${group.facilitator.department}`
        : 'None: the members lead the group together',
    ],
    ['Schedule', schedule || 'To be agreed at the first meeting'],
    ['Started', longDate(group.startedOn)],
    ['Stage', groupPhaseLabels[group.phase]],
  ]);

  pdf.heading('Attendance', 2, { bookmark: true });
  pdf.paragraph(text('groupAttendance'), { align: 'justify' });
  pdf.heading('Confidentiality', 2, { bookmark: true });
  pdf.paragraph(text('groupConfidentiality'), { align: 'justify' });

  pdf.ensureSpace(140); // the heading, its sentence and at least one signer stay together
  pdf.heading('Signatures', 2, { bookmark: true });
  const members: Signer[] = group.members.map((m) => ({
    role: 'Member',
    name: m.person.name,
    detail: `${m.person.rank}, ${m.person.department}`,
  }));
  if (members.length === 0) {
    pdf.paragraph('The group has no members recorded yet; members print their names under their signatures.');
    members.push(...Array.from({ length: blankSigners }, () => ({ role: 'Member', name: '' })));
  } else {
    pdf.paragraph('By signing, I agree to the attendance and confidentiality commitments above.');
  }
  if (group.facilitator) {
    members.push({
      role: 'Facilitator',
      name: group.facilitator.name,
      detail: `${group.facilitator.rank}, ${group.facilitator.department}`,
    });
  }
  drawSignatureLines(pdf, members);

  return finishOfficeDocument(pdf, `group-commitment-${fileSlug(group.name)}-${isoDate(now)}.pdf`);
}
