import { z } from 'zod';
import { operation } from '../../common/contractKit';

/** Shared with the renderer: pure, no Node imports. */

export const surveyKinds = ['annual', 'needs_assessment', 'evaluation'] as const;
export type SurveyKind = (typeof surveyKinds)[number];
export const surveyKindLabels: Record<SurveyKind, string> = {
  annual: 'Annual mentoring relationship survey',
  needs_assessment: 'Needs assessment',
  evaluation: 'Workshop or program evaluation',
};

export const questionTypes = ['single', 'multiple', 'likert', 'number', 'text', 'date'] as const;
export type QuestionType = (typeof questionTypes)[number];
export const questionTypeLabels: Record<QuestionType, string> = {
  single: 'Single choice',
  multiple: 'Multiple choice',
  likert: 'Rating scale (Likert)',
  number: 'Number',
  text: 'Free text (confidential)',
  date: 'Date',
};

/**
 * What an answer means for the office, for the annual survey's effects:
 * "No" to hasMentor puts the person on the dashboard's no-mentor list, "Yes"
 * to wantsMentorChange proposes a change request, and the topics chosen in
 * peerGroupTopics build the interest list of each peer-group topic.
 */
export const questionEffects = ['hasMentor', 'wantsMentorChange', 'peerGroupTopics'] as const;
export type QuestionEffect = (typeof questionEffects)[number];

/** Groups smaller than this are never shown in a report. */
export const minimumGroupSize = 5;

export interface SurveyQuestion {
  id: number;
  key: string;
  position: number;
  text: string;
  type: QuestionType;
  /** Choices; for Likert, the labels from lowest to highest. */
  options: string[];
  effect: QuestionEffect | null;
}

export interface Survey {
  id: number;
  name: string;
  year: number;
  kind: SurveyKind;
  questions: SurveyQuestion[];
  responseCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface SurveySummary {
  id: number;
  name: string;
  year: number;
  kind: SurveyKind;
  questionCount: number;
  responseCount: number;
}

export const questionInput = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'Use lower-case letters, digits, - and _ for a question key.' })
    .optional(),
  text: z.string({ error: 'Enter the question.' }).trim().min(1, { error: 'Enter the question.' }).max(1000),
  type: z.enum(questionTypes, { error: 'Choose the kind of answer.' }),
  options: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
  effect: z
    .enum(questionEffects)
    .nullish()
    .transform((v) => v ?? null),
});
export type QuestionInput = z.input<typeof questionInput>;
export type QuestionDraft = z.output<typeof questionInput>;

export const surveyFields = z.object({
  name: z.string({ error: 'Name the survey.' }).trim().min(1, { error: 'Name the survey.' }).max(200),
  year: z
    .number({ error: 'Enter the year the survey ran.' })
    .int()
    .min(1990, { error: 'Enter the year the survey ran.' })
    .max(2100, { error: 'Enter the year the survey ran.' }),
  kind: z.enum(surveyKinds, { error: 'Choose what kind of survey this is.' }),
});

const id = z.object({ id: z.number().int().positive() });
export const breakdowns = ['department', 'rank', 'careerStage'] as const;
export type Breakdown = (typeof breakdowns)[number];

export interface Distribution {
  label: string;
  count: number;
  /** Of the respondents who answered the question (multiple choice can exceed 100 in total). */
  percent: number;
}

export interface GroupResult {
  group: string;
  suppressed: boolean;
  /** Why a group is not shown, in words for the page. */
  note: string | null;
  answered: number | null;
  distribution: Distribution[] | null;
  mean: number | null;
  median: number | null;
}

export interface YearResult {
  surveyId: number;
  year: number;
  suppressed: boolean;
  note: string | null;
  answered: number | null;
  distribution: Distribution[] | null;
  mean: number | null;
  median: number | null;
}

export interface QuestionReport {
  questionId: number;
  key: string;
  text: string;
  type: QuestionType;
  answered: number;
  suppressed: boolean;
  note: string | null;
  distribution: Distribution[] | null;
  /** Likert (by ordinal: 1 = first label) and number questions. */
  mean: number | null;
  median: number | null;
  breakdowns: Partial<Record<Breakdown, GroupResult[]>>;
  yearOverYear: YearResult[];
}

export interface CommentList {
  questionId: number;
  text: string;
  comments: string[];
}

export interface SurveyReport {
  survey: SurveySummary;
  respondents: number;
  partial: number;
  minimumGroupSize: number;
  suppressed: boolean;
  note: string | null;
  questions: QuestionReport[];
  /** Free-text answers: only when asked for explicitly. */
  comments: CommentList[] | null;
}

export interface SurveyResponseRecord {
  id: number;
  facultyId: number | null;
  facultyName: string | null;
  status: 'complete' | 'partial';
  startedAt: string | null;
  completedAt: string | null;
  batchId: number;
  answers: { questionId: number; text: string; type: QuestionType; answer: string | null }[];
}

export interface SurveyEffectsList {
  changeRequests: {
    facultyId: number;
    name: string;
    surveyId: number;
    changeRequestId: string | null;
    createdAt: string;
  }[];
  peerTopicInterest: { topic: string; people: { facultyId: number; name: string; surveyId: number }[] }[];
  noMentor: { facultyId: number; name: string; department: string; surveyId: number }[];
}

export interface SurveyDraft {
  sheet: string;
  questions: QuestionDraft[];
  /** Column key → `question:<key>` or an identity field, as the preview would use. */
  mapping: Record<string, string>;
}

/** Answers are linked to the people who gave them, and reported by their department, rank and career stage. */
const respondentReads = ['surveys', 'faculty'] as const;

export const surveysContract = {
  'surveys.list': operation<SurveySummary[]>()(z.object({})),
  'surveys.get': operation<Survey>()(id),
  'surveys.create': operation<Survey>()(
    surveyFields.extend({ questions: z.array(questionInput).min(1, { error: 'Add at least one question.' }).max(500) }),
    { changes: ['surveys'] },
  ),
  'surveys.update': operation<Survey>()(
    surveyFields.partial().extend({
      id: z.number().int().positive(),
      /** Change a question's text, options (append only) or effect; its key and type stay. */
      questions: z
        .array(
          z.object({
            id: z.number().int().positive(),
            text: z.string().trim().min(1).max(1000).optional(),
            options: z.array(z.string().trim().min(1).max(300)).max(100).optional(),
            effect: z.enum(questionEffects).nullable().optional(),
          }),
        )
        .optional(),
    }),
    { changes: ['surveys'] },
  ),
  'surveys.report': operation<SurveyReport>()(
    z.object({
      id: z.number().int().positive(),
      breakdowns: z.array(z.enum(breakdowns)).default([...breakdowns]),
      includePartial: z.boolean().default(true),
      yearOverYear: z.boolean().default(true),
      /** Comments are confidential: only returned when asked for, never by default. */
      includeComments: z.boolean().default(false),
    }),
    { reads: respondentReads },
  ),
  /** The record view: each response with every answer, comments included. */
  'surveys.responses': operation<SurveyResponseRecord[]>()(
    z.object({
      id: z.number().int().positive(),
      facultyId: z.number().int().positive().optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    { reads: respondentReads },
  ),
  /** What accepted survey effects feed: interest lists per topic, people with no mentor, change requests. */
  'surveys.effects': operation<SurveyEffectsList>()(z.object({ surveyId: z.number().int().positive().optional() }), {
    reads: [...respondentReads, 'changeRequests'],
  }),
};
