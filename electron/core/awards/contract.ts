import { z } from 'zod';
import { operation } from '../../common/contractKit';
import type { ExportedFile } from '../../common/exportedFile';
import { idInput, optionalText, recordId, requiredDate, requiredText } from '../../common/fields';
import type { PersonRef } from '../../common/records';

/**
 * Mentoring awards (issue 6, seed 004): award types, their yearly cycles,
 * nominations with PDF letters kept inside the encrypted database, survey
 * comments staff choose for a packet, and the diversity review of a cycle's
 * nominee pool (seed 001). Pure: the renderer imports it for types and forms.
 */

export const awardLevels = ['department', 'school', 'university'] as const;
export type AwardLevel = (typeof awardLevels)[number];
export const awardLevelLabels: Record<AwardLevel, string> = {
  department: 'Department',
  school: 'School',
  university: 'University',
};

export const cycleStates = ['upcoming', 'open', 'closed'] as const;
export type CycleState = (typeof cycleStates)[number];
export const cycleStateLabels: Record<CycleState, string> = {
  upcoming: 'Upcoming',
  open: 'Open for nominations',
  closed: 'Closed',
};

export const nominationStatuses = ['draft', 'submitted', 'under_review', 'selected', 'not_selected'] as const;
export type NominationStatus = (typeof nominationStatuses)[number];
export const nominationStatusLabels: Record<NominationStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  under_review: 'Under review',
  selected: 'Selected',
  not_selected: 'Not selected',
};

/**
 * Where a nomination may go next. A submitted nomination can go back to draft
 * (the nominator wants to change it); a decision can be reopened for review.
 */
export const nominationTransitions: Record<NominationStatus, readonly NominationStatus[]> = {
  draft: ['submitted'],
  submitted: ['draft', 'under_review'],
  under_review: ['selected', 'not_selected', 'submitted'],
  selected: ['under_review'],
  not_selected: ['under_review'],
};

export const letterKinds = ['nomination', 'support', 'cv'] as const;
export type LetterKind = (typeof letterKinds)[number];
export const letterKindLabels: Record<LetterKind, string> = {
  nomination: 'Nomination letter',
  support: 'Support letter',
  cv: 'CV',
};

/** Largest letter accepted, in bytes. Letters are scanned documents at most; a bigger file is usually the wrong one. */
export const maxLetterBytes = 15 * 1024 * 1024;

/** The hard page limit of a letter at upload, unless the office sets another (Settings). */
export const defaultLetterMaxPages = 60;

export interface LetterSettings {
  maxPages: number;
}

export const letterSettingsInput = z.object({
  maxPages: z
    .number({ error: 'Enter the most pages a letter may have.' })
    .int({ error: 'Enter a whole number of pages.' })
    .min(1, { error: 'A letter has at least one page.' })
    .max(1000, { error: 'Keep the limit at 1,000 pages or fewer.' }),
});
/** A page of a typed statement, for the statement page-limit warning. */
export const statementWordsPerPage = 500;

export type AwardWarningCode =
  'CYCLE_NOT_OPEN' | 'LETTER_OVER_PAGE_LIMIT' | 'TOO_MANY_SUPPORT_LETTERS' | 'STATEMENT_OVER_PAGE_LIMIT';

/** Something staff should see that does not stop the save. */
export interface AwardWarning {
  code: AwardWarningCode;
  message: string;
}

const pageLimit = (what: string, fallback: number | null = null) =>
  z
    .number({ error: `Enter the page limit for ${what} as a whole number, or leave it empty.` })
    .int({ error: `Enter the page limit for ${what} as a whole number.` })
    .min(1, { error: `A page limit for ${what} must be at least 1.` })
    .max(500, { error: `Keep the page limit for ${what} at 500 or fewer.` })
    .nullable()
    .default(fallback);

export const awardTypeFields = z.object({
  name: requiredText('Enter the award’s name.', 200),
  level: z.enum(awardLevels, { error: 'Choose department, school or university.' }),
  description: optionalText(4000),
  active: z.boolean().default(true),
});

export const awardTypeUpdateInput = awardTypeFields.extend({ id: recordId() });

const cycleShape = {
  year: z
    .number({ error: 'Enter the year as four digits.' })
    .int({ error: 'Enter the year as four digits.' })
    .min(2000, { error: 'Enter a year from 2000 on.' })
    .max(2100, { error: 'Enter a year before 2100.' }),
  opensOn: requiredDate('Enter the opening date as YYYY-MM-DD.'),
  closesOn: requiredDate('Enter the closing date as YYYY-MM-DD.'),
  criteria: z.string().trim().max(20_000, { error: 'Keep the criteria under 20000 characters.' }).default(''),
  maxSupportLetters: z
    .number({ error: 'Enter how many support letters are allowed.' })
    .int({ error: 'Enter a whole number of support letters.' })
    .min(0, { error: 'Enter 0 or more support letters.' })
    .max(20, { error: 'Keep to 20 support letters or fewer.' })
    .default(2),
  // Award packets elsewhere allow support letters of two pages each (issue 6).
  letterPageLimit: pageLimit('each letter', 2),
  statementPageLimit: pageLimit('the statement'),
  packetPageLimit: pageLimit('the whole packet'),
};

const closesAfterOpens = {
  path: ['closesOn'],
  error: 'The closing date must be after the opening date.',
};

export const cycleCreateInput = z
  .object({ awardTypeId: recordId('Choose the award.'), ...cycleShape })
  .refine((v) => v.closesOn > v.opensOn, closesAfterOpens);

export const cycleUpdateInput = z
  .object({ id: recordId(), ...cycleShape })
  .refine((v) => v.closesOn > v.opensOn, closesAfterOpens);

export const cycleListInput = z.object({ awardTypeId: recordId().optional() });

/** Upload of one PDF letter; the CLI reads the file and sends base64 too, so both take one path. */
export const letterFields = z.object({
  kind: z.enum(letterKinds, { error: 'Choose nomination letter, support letter or CV.' }).default('support'),
  title: requiredText('Give the letter a title, e.g. “Letter from Dr. Ruiz”.', 300),
  author: optionalText(300),
  fileName: requiredText('The file needs a name.', 300),
  // A first guard against absurd input at the process boundary; the exact cap (LETTER_TOO_LARGE, with the
  // file's size in the message) is checked after decoding.
  base64: z
    .string({ error: 'Choose a PDF file.' })
    .min(1, { error: 'Choose a PDF file.' })
    .max(Math.ceil((maxLetterBytes * 4) / 3) * 2, { error: 'This file is far larger than the 15 MB allowed.' }),
});

export const letterAddInput = letterFields.extend({ nominationId: recordId() });

const statement = z.string().trim().max(100_000, { error: 'Keep the statement under 100000 characters.' }).default('');

export const nominationCreateInput = z.object({
  cycleId: recordId('Choose the award cycle.'),
  nomineeId: recordId('Choose the nominee.'),
  nominatorId: recordId('Choose the nominator.'),
  /** Confidential. */
  statement,
  /** Letters saved with the nomination in the same write: all or nothing. */
  letters: z.array(letterFields).max(20).default([]),
  /** Submit at once (the CLI's default is a draft). */
  submit: z.boolean().default(false),
});

export const nominationUpdateInput = z.object({
  id: recordId(),
  nominatorId: recordId('Choose the nominator.'),
  statement,
});

export const nominationStatusInput = z.object({
  id: recordId(),
  status: z.enum(nominationStatuses, { error: 'Choose a status.' }),
});

export const orderInput = z.object({
  nominationId: recordId(),
  /** Every id of the nomination's letters (or comments), in the new order. */
  order: z.array(recordId()).min(1).max(200),
});

export const commentSelectInput = z.object({
  nominationId: recordId(),
  responseId: recordId(),
  questionKey: z.string().trim().min(1).max(80),
});

export interface AwardType {
  id: number;
  name: string;
  level: AwardLevel;
  description: string | null;
  active: boolean;
  cycleCount: number;
}

export interface PageLimits {
  letterPageLimit: number | null;
  statementPageLimit: number | null;
  packetPageLimit: number | null;
}

export interface AwardCycle extends PageLimits {
  id: number;
  awardType: { id: number; name: string; level: AwardLevel };
  year: number;
  opensOn: string;
  closesOn: string;
  /** Derived from the dates and today. */
  state: CycleState;
  criteria: string;
  maxSupportLetters: number;
  nominationCount: number;
}

export interface LetterInfo {
  id: number;
  kind: LetterKind;
  title: string;
  author: string | null;
  fileName: string;
  pages: number;
  sha256: string;
  sizeBytes: number;
  position: number;
  createdAt: string;
}

export interface NominationRow {
  id: number;
  cycleId: number;
  nominee: PersonRef;
  nominator: PersonRef;
  status: NominationStatus;
  submittedOn: string | null;
  decidedOn: string | null;
  letterCount: number;
  warnings: AwardWarning[];
}

export interface Nomination extends NominationRow {
  cycle: AwardCycle;
  /** Confidential. */
  statement: string;
  letters: LetterInfo[];
  /** Where the status may go from here. */
  nextStatuses: NominationStatus[];
  createdAt: string;
  updatedAt: string;
}

export interface LetterAdded {
  nomination: Nomination;
  letter: LetterInfo;
  /** Over the cycle's limits: shown to staff, the letter is kept. */
  warnings: AwardWarning[];
}

/** A free-text survey answer by one of the nominee's mentees, with names removed. */
export interface CandidateComment {
  responseId: number;
  questionKey: string;
  surveyName: string;
  surveyYear: number;
  questionText: string;
  /** Anonymised: the respondent's name and email are removed. */
  text: string;
  /** The id of the chosen copy when staff have selected it. */
  selectedId: number | null;
}

export interface SelectedComment {
  id: number;
  surveyId: number | null;
  questionKey: string | null;
  text: string;
  position: number;
}

export interface NominationComments {
  candidates: CandidateComment[];
  selected: SelectedComment[];
}

export const diversityDimensions = ['department', 'rank', 'careerStage'] as const;
export type DiversityDimension = (typeof diversityDimensions)[number];
export const diversityDimensionLabels: Record<DiversityDimension, string> = {
  department: 'Department',
  rank: 'Rank',
  careerStage: 'Career stage',
};

/** One group of the nominee pool; `count` is null when it is hidden. */
export interface DiversityGroup {
  label: string;
  count: number | null;
  suppressed: boolean;
  /** Why it is hidden: too small itself, or its count would give a small group away. */
  reason: 'small' | 'complement' | null;
  /** The same, in words staff can read out. */
  note: string | null;
}

export interface DiversityBreakdown {
  dimension: DiversityDimension;
  groups: DiversityGroup[];
}

export interface DiversityReview {
  cycleId: number;
  /** Null when the pool itself is smaller than the minimum group size. */
  total: number | null;
  minimumGroupSize: number;
  /** Set when nothing can be shown, e.g. fewer than 5 nominees. */
  note: string | null;
  breakdowns: DiversityBreakdown[];
}

/** Nominations name the nominee and the nominator as the directory has them now. */
const nominationReads = ['awards', 'faculty'] as const;
const changes = ['awards'] as const;

export const awardsContract = {
  'awards.types.list': operation<AwardType[]>()(z.object({})),
  'awards.types.create': operation<AwardType>()(awardTypeFields, { changes }),
  'awards.types.update': operation<AwardType>()(awardTypeUpdateInput, { changes }),
  'awards.cycles.list': operation<AwardCycle[]>()(cycleListInput),
  'awards.cycles.get': operation<AwardCycle>()(idInput),
  'awards.cycles.create': operation<AwardCycle>()(cycleCreateInput, { changes }),
  'awards.cycles.update': operation<AwardCycle>()(cycleUpdateInput, { changes }),
  'awards.nominations.list': operation<NominationRow[]>()(z.object({ cycleId: recordId() }), {
    reads: nominationReads,
  }),
  'awards.nominations.get': operation<Nomination>()(idInput, { reads: nominationReads }),
  'awards.nominations.create': operation<Nomination>()(nominationCreateInput, { changes }),
  'awards.nominations.update': operation<Nomination>()(nominationUpdateInput, { changes }),
  'awards.nominations.setStatus': operation<Nomination>()(nominationStatusInput, { changes }),
  'awards.nominations.delete': operation<{ deleted: number }>()(idInput, { changes }),
  'awards.letters.add': operation<LetterAdded>()(letterAddInput, { changes }),
  'awards.letters.remove': operation<Nomination>()(idInput, { changes }),
  'awards.letters.reorder': operation<Nomination>()(orderInput, { changes }),
  'awards.letters.download': operation<ExportedFile>()(idInput),
  'awards.letters.settings.get': operation<LetterSettings>()(z.object({})),
  'awards.letters.settings.update': operation<LetterSettings>()(letterSettingsInput, { changes }),
  /** Comments are the survey answers of the nominee's mentees. */
  'awards.comments.list': operation<NominationComments>()(z.object({ nominationId: recordId() }), {
    reads: ['awards', 'surveys', 'mentorships', 'faculty'],
  }),
  'awards.comments.select': operation<NominationComments>()(commentSelectInput, { changes }),
  'awards.comments.unselect': operation<NominationComments>()(idInput, { changes }),
  'awards.comments.reorder': operation<NominationComments>()(orderInput, { changes }),
  'awards.diversity': operation<DiversityReview>()(z.object({ cycleId: recordId() }), { reads: nominationReads }),
};
