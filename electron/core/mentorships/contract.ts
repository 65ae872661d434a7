import { z } from 'zod';
import type { ChangeRequestResolution, ChangeRequestStatus, RaisedBy } from './changeRequestTerms';
import { operation } from '../../common/contractKit';
import {
  mentorshipKinds,
  mentorshipStatuses,
  type MentorshipKind,
  type MentorshipStatus,
} from '../../common/mentorshipTerms';
import {
  dateOrToday,
  idInput,
  optionalDate,
  optionalText,
  paging,
  recordId,
  requiredDate,
  requiredText,
} from '../../common/fields';
import type { PersonRef, Warning } from '../../common/records';

/**
 * Mentorships (seed 004): a mentor and a mentee of a kind — "a mentor talks
 * with you, a sponsor talks about you" — or two peers, within a program. The
 * pair meets at least quarterly and the assignment is reconsidered every year.
 */

export {
  mentorshipKindLabels,
  mentorshipKinds,
  mentorshipStatuses,
  supportingKinds,
  type MentorshipKind,
  type MentorshipStatus,
} from '../../common/mentorshipTerms';

export const goalStatuses = ['not_started', 'in_progress', 'achieved', 'set_aside'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
export const goalStatusLabels: Record<GoalStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  achieved: 'Achieved',
  set_aside: 'Set aside',
};

export const reviewOutcomes = ['continue', 'change', 'end'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

/** "Meeting at least once a quarter is strongly encouraged" (seed 004). */
export const defaultCadenceDays = 90;

const cadenceDays = z
  .number({ error: 'Enter how often the pair should meet, in days.' })
  .int({ error: 'Enter a whole number of days.' })
  .min(7, { error: 'Enter at least 7 days.' })
  .max(365, { error: 'Enter 365 days or fewer: pairs meet at least once a year.' })
  .default(defaultCadenceDays);

const plannedEndRule = {
  path: ['plannedEnd'],
  error: 'The planned end must be on or after the start date.',
};
const plannedEndAfterStart = (v: { startDate: string; plannedEnd: string | null }) =>
  !v.plannedEnd || v.plannedEnd >= v.startDate;

const editableShape = {
  programId: recordId('Choose the program.'),
  startDate: requiredDate('Enter the start date as YYYY-MM-DD.'),
  plannedEnd: optionalDate,
  cadenceDays,
  /** Confidential: never logged or audited. */
  notes: optionalText(20_000),
};

export const mentorshipCreateInput = z
  .object({
    mentorId: recordId('Choose the mentor.'),
    menteeId: recordId('Choose the mentee.'),
    kind: z.enum(mentorshipKinds, { error: 'Choose mentor, sponsor or peer.' }).default('mentor'),
    ...editableShape,
    /** Offices often record pairs that have already agreed, so new pairs start active. */
    status: z.enum(['proposed', 'active'], { error: 'Choose proposed or active.' }).default('active'),
  })
  .refine(plannedEndAfterStart, plannedEndRule);

export const mentorshipUpdateInput = z
  .object({ id: recordId(), ...editableShape })
  .refine(plannedEndAfterStart, plannedEndRule);

export const mentorshipListInput = z.object({
  programId: recordId().optional(),
  status: z.enum(mentorshipStatuses).optional(),
  kind: z.enum(mentorshipKinds).optional(),
  /** Mentorships where this person is either the mentor or the mentee. */
  personId: recordId().optional(),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['mentee', 'mentor', 'startDate', 'nextReview', 'program']).default('mentee'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  ...paging,
});

export const mentorshipActivateInput = z.object({
  id: recordId(),
  /** Leave out to keep the planned start date. */
  startDate: requiredDate().optional(),
});

export const mentorshipEndInput = z.object({
  id: recordId(),
  endedOn: dateOrToday,
  reason: requiredText('Say briefly why the mentorship ended.', 500),
});

export const reviewInput = z.object({
  id: recordId(),
  reviewedOn: dateOrToday,
  outcome: z.enum(reviewOutcomes, { error: 'Choose continue, change or end.' }),
  /** Confidential. */
  note: optionalText(4000),
});

export const goalAddInput = z.object({
  mentorshipId: recordId(),
  text: requiredText('Describe the goal.', 1000),
  status: z.enum(goalStatuses).default('not_started'),
});

export const goalUpdateInput = z.object({
  id: recordId(),
  text: requiredText('Describe the goal.', 1000).optional(),
  status: z.enum(goalStatuses).optional(),
  /** 0-based place in the list; the others move to make room. */
  position: z.number().int().min(0).optional(),
});

export interface ProgramRef {
  id: number;
  name: string;
}

export interface MentorshipRow {
  id: number;
  kind: MentorshipKind;
  status: MentorshipStatus;
  mentor: PersonRef;
  mentee: PersonRef;
  program: ProgramRef;
  startDate: string;
  plannedEnd: string | null;
  cadenceDays: number;
  nextReviewOn: string | null;
  endedOn: string | null;
  /** Derived: mentor and mentee are in the same department. */
  sameDepartment: boolean;
  lastMeetingOn: string | null;
}

export interface MentorshipList {
  total: number;
  rows: MentorshipRow[];
}

export interface Goal {
  id: number;
  mentorshipId: number;
  text: string;
  status: GoalStatus;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface Review {
  id: number;
  reviewedOn: string;
  outcome: ReviewOutcome;
  note: string | null;
  createdAt: string;
}

export interface MentorshipChangeRequest {
  id: number;
  raisedBy: RaisedBy;
  raisedOn: string;
  status: ChangeRequestStatus;
  resolution: ChangeRequestResolution | null;
  newMentorshipId: number | null;
}

export interface Mentorship extends MentorshipRow {
  endReason: string | null;
  notes: string | null;
  /** Active only: the date by which the next meeting is due (last meeting, or the start, plus the cadence). */
  meetingDueOn: string | null;
  meetingCount: number;
  goals: Goal[];
  reviews: Review[];
  changeRequests: MentorshipChangeRequest[];
  /** Rules that do not block the record but staff should see (rank, mentor load). */
  warnings: Warning[];
  createdAt: string;
  updatedAt: string;
}

export interface ReviewRecorded {
  mentorship: Mentorship;
  review: Review;
  /** Set when the outcome was "change": the change request now carrying it. */
  changeRequestId: number | null;
}

/** A pair is shown with its people, its program and its last meeting; one pair also with its requests and warnings. */
const rowReads = ['mentorships', 'faculty', 'programs', 'meetings'] as const;
const changes = ['mentorships'] as const;

export const mentorshipContract = {
  'mentorships.list': operation<MentorshipList>()(mentorshipListInput, { reads: rowReads }),
  'mentorships.get': operation<Mentorship>()(idInput, { reads: [...rowReads, 'changeRequests'] }),
  'mentorships.create': operation<Mentorship>()(mentorshipCreateInput, { changes }),
  'mentorships.update': operation<Mentorship>()(mentorshipUpdateInput, { changes }),
  'mentorships.activate': operation<Mentorship>()(mentorshipActivateInput, { changes }),
  'mentorships.end': operation<Mentorship>()(mentorshipEndInput, { changes }),
  /** "Change" opens a change request. */
  'mentorships.recordReview': operation<ReviewRecorded>()(reviewInput, { changes: [...changes, 'changeRequests'] }),
  'mentorships.addGoal': operation<Mentorship>()(goalAddInput, { changes }),
  'mentorships.updateGoal': operation<Mentorship>()(goalUpdateInput, { changes }),
};
