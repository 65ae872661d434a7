import { z } from 'zod';
import { operation } from '../../common/contractKit';
import { idInput, optionalDate, optionalText, recordId, requiredText, tagList } from '../../common/fields';
import type { CareerStage } from '../../common/ranks';
import type { PersonRef } from '../../common/records';
import type { ExclusionCode } from './rules';
import { criteria, rankRules, type Criterion, type MatchingSettings } from './settings';
import type { UnmatchedCode } from './unmatched';

/**
 * Finding mentors (issue 15): who may mentor whom, how good a pair is,
 * suggestions for one mentee, matching a whole cohort, and publishing it as
 * one batch of proposed mentorships that can be undone together. A
 * suggestion is only a suggestion: nothing is created until staff choose a
 * mentor or publish a cohort.
 */

export {
  criteria,
  criterionLabels,
  defaultMatchingSettings,
  rankRuleLabels,
  rankRules,
  type Criterion,
  type MatchingSettings,
  type RankRule,
} from './settings';
export { exclusionCodes, type ExclusionCode } from './rules';
export { unmatchedCodes, type UnmatchedCode } from './unmatched';

/** Matching proposes mentors and sponsors; peers choose each other (seed 002). */
export const matchKinds = ['mentor', 'sponsor'] as const;
export type MatchKind = (typeof matchKinds)[number];

const kind = z.enum(matchKinds, { error: 'Choose mentor or sponsor.' }).default('mentor');
const pairRef = z.object({ menteeId: recordId('Choose the mentee.'), mentorId: recordId('Choose the mentor.') });
const pairList = (max: number) => z.array(pairRef).max(max, { error: `Keep to ${max} pairs or fewer.` });
const uniqueMentees = (pairs: { menteeId: number }[]) => new Set(pairs.map((p) => p.menteeId)).size === pairs.length;

export const suggestInput = z.object({
  menteeId: recordId('Choose the mentee.'),
  programId: recordId('Choose the program.'),
  kind,
  limit: z.number().int().min(1).max(20).default(5),
  /** How many of the people left out to list (the counts cover all of them). */
  leftOutLimit: z.number().int().min(0).max(500).default(25),
});

export const cohortProposeInput = z
  .object({
    programId: recordId('Choose the program.'),
    kind,
    /** The mentees to match; or `withoutMentor` for the program's audience with no mentor (the dashboard's list). */
    menteeIds: z.array(recordId()).max(3000, { error: 'Keep a cohort to 3,000 mentees or fewer.' }).optional(),
    withoutMentor: z.boolean().optional(),
    /** The mentor pool; every active person but the mentees when left out. */
    mentorIds: z.array(recordId()).max(20_000).optional(),
    locks: pairList(3000).default([]).refine(uniqueMentees, { error: 'A mentee can be locked to one mentor only.' }),
    exclusions: pairList(20_000).default([]),
  })
  .refine((v) => (v.menteeIds !== undefined) !== (v.withoutMentor === true), {
    path: ['menteeIds'],
    error: 'Choose the mentees, or everyone in the program’s audience without a mentor (not both).',
  });

export const cohortPublishInput = z.object({
  programId: recordId('Choose the program.'),
  kind,
  /** The proposed start; today when left out. */
  startDate: optionalDate,
  pairs: pairList(3000)
    .min(1, { error: 'Choose at least one pair to publish.' })
    .refine(uniqueMentees, { error: 'Each mentee can appear in one pair only.' }),
});

const weightField = z
  .number({ error: 'Enter a weight from 0 to 100.' })
  .int({ error: 'Enter a whole number.' })
  .min(0, { error: 'Enter 0 or more.' })
  .max(100, { error: 'Enter 100 or less.' });

export const settingsInput = z.object({
  programId: recordId('Choose the program.'),
  rankRule: z.enum(rankRules, { error: 'Choose above, same or above, or any.' }),
  recentPairYears: z
    .number({ error: 'Enter a number of years.' })
    .int({ error: 'Enter whole years.' })
    .min(0, { error: 'Enter 0 or more.' })
    .max(20, { error: 'Enter 20 years or fewer.' }),
  minScore: z
    .number({ error: 'Enter a score from 0 to 1.' })
    .min(0, { error: 'Enter 0 or more.' })
    .max(1, { error: 'Enter 1 or less.' })
    .transform((v) => Math.round(v * 1000) / 1000),
  weights: z.object(Object.fromEntries(criteria.map((c) => [c, weightField])) as Record<Criterion, typeof weightField>),
});

export const availabilityInput = z.object({
  facultyId: recordId('Choose the person.'),
  availableToMentor: z.boolean(),
  /** Null: the program's mentee warning threshold. */
  capacity: z
    .number({ error: 'Enter how many mentees they can take.' })
    .int({ error: 'Enter a whole number.' })
    .min(0, { error: 'Enter 0 or more.' })
    .max(50, { error: 'Enter 50 or fewer.' })
    .nullable()
    .default(null),
});

export const reportsToInput = z
  .object({
    facultyId: recordId('Choose the person.'),
    supervisorId: recordId('Choose the supervisor.').nullable().default(null),
    chairId: recordId('Choose the chair.').nullable().default(null),
  })
  .refine((v) => v.supervisorId !== v.facultyId && v.chairId !== v.facultyId, {
    path: ['supervisorId'],
    error: 'A person cannot report to themselves.',
  });

export const requestInput = z.object({
  menteeId: recordId('Choose the mentee.'),
  mentorIds: z.array(recordId()).max(10, { error: 'Name 10 people or fewer.' }).default([]),
  department: optionalText(200),
  topics: tagList(20, 80),
  /** Confidential: never logged or audited. */
  note: optionalText(4000),
  source: z.enum(['office', 'survey']).default('office'),
});

export const neverPairAddInput = z
  .object({
    personId: recordId('Choose the first person.'),
    otherId: recordId('Choose the second person.'),
    /** Confidential: shown only on the list itself, never logged, audited or quoted in a message. */
    reason: requiredText('Say briefly why, for the office’s own record.', 2000),
  })
  .refine((v) => v.personId !== v.otherId, { path: ['otherId'], error: 'Choose two different people.' });

export const synonymsInput = z.object({
  groups: z
    .array(
      z.object({
        canonical: requiredText('Enter the interest the words count as.', 80),
        terms: tagList(50, 80),
      }),
    )
    .max(500, { error: 'Keep to 500 groups or fewer.' }),
});

const facultyIdInput = z.object({ facultyId: recordId('Choose the person.') });
const programIdInput = z.object({ programId: recordId('Choose the program.') });

export interface MentorRef extends PersonRef {
  careerStage: CareerStage;
  interests: string[];
  /** Open mentor and sponsor pairs in which they are the mentor, now. */
  mentees: number;
  capacity: number;
}

export interface ScorePart {
  criterion: Criterion;
  label: string;
  /** This criterion's share of the score for this mentee (0–1; 0 when it says nothing about them). */
  weight: number;
  /** How well the pair does on it (0–1). */
  value: number;
  /** weight × value: the parts add up to the score. */
  contribution: number;
}

export interface ScoredMentor {
  mentor: MentorRef;
  /** 0–1, in thousandths. */
  score: number;
  parts: ScorePart[];
  /** Short chips: "shared: trauma, QI", "inside department", "one rank above", "1 of 3 mentees". */
  reasons: string[];
}

export interface LeftOutPerson {
  person: MentorRef;
  /** What the pair would score, were it allowed. */
  score: number;
  /** The mentee asked for them by name. */
  named: boolean;
  reasons: { code: ExclusionCode; message: string }[];
}

export interface MenteeSummary extends PersonRef {
  careerStage: CareerStage;
  interests: string[];
  hasInsideDepartmentMentor: boolean;
}

export interface MatchSuggestions {
  mentee: MenteeSummary;
  program: { id: number; name: string };
  kind: MatchKind;
  settings: MatchingSettings;
  suggestions: ScoredMentor[];
  leftOut: LeftOutPerson[];
  leftOutCount: number;
  leftOutByReason: Partial<Record<ExclusionCode, number>>;
  /** People who pass every rule and reach the program's minimum score. */
  eligibleCount: number;
}

export interface ProposedPair extends ScoredMentor {
  mentee: MenteeSummary;
  locked: boolean;
  /** The mentor's mentees before this one: current, locked, and earlier ones of this cohort. */
  menteesBefore: number;
}

export interface CohortProposal {
  program: { id: number; name: string };
  kind: MatchKind;
  settings: MatchingSettings;
  pairs: ProposedPair[];
  unmatched: { mentee: MenteeSummary; code: UnmatchedCode; message: string }[];
  summary: {
    mentees: number;
    matched: number;
    unmatched: number;
    poolSize: number;
    /** Sum of the pairs' scores. */
    totalScore: number;
    averageScore: number | null;
  };
}

export interface PublishedBatch {
  batchId: number;
  mentorshipIds: number[];
}

export interface MatchBatch {
  id: number;
  program: { id: number; name: string };
  kind: MatchKind;
  actor: string;
  createdAt: string;
  pairs: number;
  undoneAt: string | null;
  undoneBy: string | null;
  /** Pairs changed since publishing (activated, edited, ended, with goals, meetings or requests). */
  changedSince: number;
  undoable: boolean;
}

export interface MatchingProfile {
  facultyId: number;
  availableToMentor: boolean;
  /** Their own capacity; null means each program's mentee warning threshold. */
  capacity: number | null;
  menteesNow: number;
  supervisor: PersonRef | null;
  chair: PersonRef | null;
  request: MenteeRequest | null;
}

export interface MenteeRequest {
  mentors: PersonRef[];
  department: string | null;
  topics: string[];
  note: string | null;
  source: 'office' | 'survey';
  updatedAt: string;
}

export interface NeverPair {
  id: number;
  people: [PersonRef, PersonRef];
  /** Confidential. */
  reason: string;
  createdAt: string;
}

export interface SynonymGroup {
  canonical: string;
  terms: string[];
}

/** A match is built from the directory, the mentorships it would join, and the program's audience. */
const matchReads = ['matching', 'faculty', 'mentorships', 'programs'] as const;
const changes = ['matching'] as const;
/** Publishing and undoing a batch write proposed mentorships. */
const pairChanges = ['matching', 'mentorships'] as const;

export const matchingContract = {
  'matching.suggest': operation<MatchSuggestions>()(suggestInput, { reads: matchReads }),
  'matching.cohort.propose': operation<CohortProposal>()(cohortProposeInput, { reads: matchReads }),
  'matching.cohort.publish': operation<PublishedBatch>()(cohortPublishInput, { changes: pairChanges }),
  'matching.batches.list': operation<MatchBatch[]>()(z.object({ programId: recordId().optional() }), {
    reads: ['matching', 'mentorships'],
  }),
  'matching.batches.undo': operation<MatchBatch>()(idInput, { changes: pairChanges }),
  'matching.settings.get': operation<MatchingSettings>()(programIdInput),
  'matching.settings.set': operation<MatchingSettings>()(settingsInput, { changes }),
  'matching.profile.get': operation<MatchingProfile>()(facultyIdInput, {
    reads: ['matching', 'faculty', 'mentorships'],
  }),
  'matching.availability.set': operation<MatchingProfile>()(availabilityInput, { changes }),
  'matching.reportsTo.set': operation<MatchingProfile>()(reportsToInput, { changes }),
  'matching.request.set': operation<MatchingProfile>()(requestInput, { changes }),
  'matching.neverPairs.list': operation<NeverPair[]>()(z.object({ facultyId: recordId().optional() }), {
    reads: ['matching', 'faculty'],
  }),
  'matching.neverPairs.add': operation<NeverPair>()(neverPairAddInput, { changes }),
  'matching.neverPairs.remove': operation<{ id: number }>()(idInput, { changes }),
  'matching.synonyms.get': operation<SynonymGroup[]>()(z.object({})),
  'matching.synonyms.set': operation<SynonymGroup[]>()(synonymsInput, { changes }),
};
