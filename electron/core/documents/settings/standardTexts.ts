/**
 * The office's standard wording for documents, editable in Settings, with the
 * defaults Trellis ships. Placeholders in braces are filled in per document;
 * each text lists the ones it understands so the Settings page can show them.
 * Pure: shared with the renderer.
 */

export const standardTextKeys = [
  'agreementIntro',
  'agreementConfidentiality',
  'agreementConcerns',
  'groupIntro',
  'groupAttendance',
  'groupConfidentiality',
  'letterOpening',
  'letterClosing',
] as const;
export type StandardTextKey = (typeof standardTextKeys)[number];

export interface StandardTextSpec {
  label: string;
  /** Which document uses it, for the Settings page's grouping. */
  document: 'agreement' | 'groupCommitment' | 'serviceLetter';
  placeholders: Record<string, string>;
  defaultText: string;
}

const agreementPlaceholders = {
  mentor: 'the mentor’s name',
  mentee: 'the mentee’s name',
  program: 'the program’s name',
  office: 'the office in the letterhead',
};

const groupPlaceholders = {
  group: 'the group’s name',
  facilitator: 'the facilitator’s name (or “the members” when there is none)',
  program: 'the program’s name',
};

const letterPlaceholders = {
  name: 'the faculty member’s name',
  rank: 'their rank',
  department: 'their department',
  from: 'the first day of the period',
  to: 'the last day of the period',
  period: 'the period, e.g. “July 1, 2025 to June 30, 2026”',
  institution: 'the institution in the letterhead',
  office: 'the office in the letterhead',
};

export const standardTexts: Record<StandardTextKey, StandardTextSpec> = {
  agreementIntro: {
    label: 'Agreement: opening',
    document: 'agreement',
    placeholders: agreementPlaceholders,
    defaultText:
      'This agreement records how {mentor} and {mentee} will work together in the {program}. ' +
      'Mentoring is a voluntary and ongoing partnership in which a more senior colleague supports the ' +
      'professional and personal growth of a less experienced one. The partners define their relationship ' +
      'together and may return to this agreement whenever their needs change.',
  },
  agreementConfidentiality: {
    label: 'Agreement: confidentiality',
    document: 'agreement',
    placeholders: agreementPlaceholders,
    defaultText:
      'What the partners discuss stays between them unless both agree otherwise, or unless there is a risk of ' +
      'harm or a legal duty to report. Records the {office} keeps about this partnership are confidential and ' +
      'are used only to support the program.',
  },
  agreementConcerns: {
    label: 'Agreement: raising a concern or asking for a change',
    document: 'agreement',
    placeholders: agreementPlaceholders,
    defaultText:
      'If either partner feels they are no longer compatible for any reason, they are encouraged to say so ' +
      'directly to the other. The partner who wants a change is also welcome to speak with the Vice Chair for ' +
      'Faculty Development, another Vice Chair or the Chair for help in making it. Requests for a change are ' +
      'honored and handled confidentially. Mentor–mentee assignments are reconsidered every year, and the ' +
      'annual mentoring survey is another time to ask for a change.',
  },
  groupIntro: {
    label: 'Group commitment: opening',
    document: 'groupCommitment',
    placeholders: groupPlaceholders,
    defaultText:
      'The {group} is a peer mentoring group of the {program}. Its members support one another and advance ' +
      'their careers through networking, partnership and sharing what they know. By signing below, each ' +
      'member agrees to the commitments on this form.',
  },
  groupAttendance: {
    label: 'Group commitment: attendance',
    document: 'groupCommitment',
    placeholders: groupPlaceholders,
    defaultText:
      'I will attend the group’s meetings, come prepared, and tell {facilitator} in advance when I cannot ' +
      'attend. I will take part in setting the group’s goals and in keeping its meetings useful for everyone.',
  },
  groupConfidentiality: {
    label: 'Group commitment: confidentiality',
    document: 'groupCommitment',
    placeholders: groupPlaceholders,
    defaultText:
      'What members share in the group stays in the group. I will not repeat outside the group what others ' +
      'say, or who said it, without their permission.',
  },
  letterOpening: {
    label: 'Service letter: opening paragraph',
    document: 'serviceLetter',
    placeholders: letterPlaceholders,
    defaultText:
      'I am pleased to document the mentoring service of {name}, {rank}, {department}, from {period}. ' +
      'Engaging as a mentor is a component of professional service to the department, the institution and ' +
      'one’s colleagues, and we recommend that it be included in the Service Portfolio.',
  },
  letterClosing: {
    label: 'Service letter: closing paragraph',
    document: 'serviceLetter',
    placeholders: letterPlaceholders,
    defaultText:
      'We are grateful for {name}’s commitment to the growth of colleagues at {institution}. Please contact ' +
      'the {office} if you would like further information.',
  },
};

/** Fills {placeholders}; unknown ones are left as written so a typo shows on the page rather than vanishing. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
