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
  'workshopObjectives',
  'workshopPreparation',
  'workshopQuestions',
  'workshopGuidelines',
  'workshopRoleSwap',
  'workshopWrapUp',
] as const;
export type StandardTextKey = (typeof standardTextKeys)[number];

export interface StandardTextSpec {
  label: string;
  /** Which document uses it, for the Settings page's grouping. */
  document: 'agreement' | 'groupCommitment' | 'serviceLetter' | 'workshop';
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

const workshopPlaceholders = {
  title: 'the workshop’s title',
  minutes: 'the minutes of a round',
  half: 'the minutes to half-time, when partners swap roles',
};

/** The workshop's texts are lists: one item a line. */
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
  // Speed peer mentoring (seed 002).
  workshopObjectives: {
    label: 'Workshop: objectives (one a line)',
    document: 'workshop',
    placeholders: workshopPlaceholders,
    defaultText: [
      'Utilize a peer-to-peer mentorship framework to enhance career development.',
      'Engage in brief “speed peer mentorship” to focus on career development and gain experience in providing and receiving peer mentor support.',
      'Develop a set of peer mentorship skills to assist with career success.',
    ].join('\n'),
  },
  workshopPreparation: {
    label: 'Workshop: preparation for speed peer mentoring (one a line)',
    document: 'workshop',
    placeholders: workshopPlaceholders,
    defaultText: [
      'Take 3–5 minutes to prepare.',
      'Think about the next 6 months.',
      'Write down some goals and questions.',
      'Prioritize what you want to discuss.',
    ].join('\n'),
  },
  workshopQuestions: {
    label: 'Workshop: questions for a peer mentor, examples (one a line)',
    document: 'workshop',
    placeholders: workshopPlaceholders,
    defaultText: [
      'Are my goals realistic?',
      'What do I need to do to take the next step in my career?',
      'How do I discuss problem X with my senior mentor?',
      'How do I approach a struggling learner?',
      'How could I implement this QI idea I have?',
    ].join('\n'),
  },
  workshopGuidelines: {
    label: 'Workshop: speed peer mentoring guidelines (one a line)',
    document: 'workshop',
    placeholders: workshopPlaceholders,
    defaultText: [
      'Find someone you don’t know well.',
      'Share the time.',
      'Each person should be both mentor and mentee.',
      'Consider setting up a plan for your conversation.',
    ].join('\n'),
  },
  workshopRoleSwap: {
    label: 'Workshop: when partners swap roles',
    document: 'workshop',
    placeholders: workshopPlaceholders,
    defaultText:
      'Each round lasts {minutes} minutes. One of you begins as the mentee and the other as the mentor; at the ' +
      'half-time signal, after {half} minutes, swap roles so that each of you is both mentor and mentee.',
  },
  workshopWrapUp: {
    label: 'Workshop: wrap-up questions (one a line; also the follow-up survey’s questions)',
    document: 'workshop',
    placeholders: workshopPlaceholders,
    defaultText: [
      'How did it feel to be both mentor and mentee?',
      'How is this different from other (peer) mentoring experiences you’ve had?',
      'Moving forward, how will you use this workshop?',
      'What barriers to and facilitators of peer mentorship are you likely to encounter?',
    ].join('\n'),
  },
};

/** The items of a list text (one a line), without bullets or blank lines. */
export function textItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
}

/** Fills {placeholders}; unknown ones are left as written so a typo shows on the page rather than vanishing. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
