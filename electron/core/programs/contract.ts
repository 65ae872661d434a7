import { z } from 'zod';
import { operation } from '../../common/contractKit';
import { ranks, type Rank } from '../../common/ranks';
import { idInput, optionalDate, optionalText, recordId, requiredText } from '../../common/fields';

/**
 * Mentoring programs (seed 003): a structured program of an office or a
 * department, with a vision, mission, structure, target audience and an
 * evaluation plan. Mentorships and peer groups belong to a program, and two
 * of its settings drive rules: the largest peer group, and how many mentees
 * one mentor may take before Trellis warns.
 */

export const programStatuses = ['planned', 'active', 'closed'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

export const programStatusLabels: Record<ProgramStatus, string> = {
  planned: 'Planned',
  active: 'Running',
  closed: 'Closed',
};

/** The sponsored peer mentoring program of seed 000 caps groups at 8 faculty. */
export const defaultMaxGroupSize = 8;
export const defaultMenteeWarningThreshold = 4;

const programShape = {
  name: requiredText('Enter the program’s name.', 200),
  sponsor: requiredText('Enter the office or department that runs the program.', 200),
  vision: optionalText(4000),
  mission: optionalText(4000),
  structure: optionalText(4000),
  evaluationPlan: optionalText(4000),
  targetRanks: z
    .array(z.enum(ranks, { error: 'Choose ranks from the list.' }))
    .default([])
    .transform((list) => ranks.filter((rank) => list.includes(rank))),
  startDate: optionalDate,
  endDate: optionalDate,
  status: z.enum(programStatuses, { error: 'Choose planned, running or closed.' }).default('active'),
  maxGroupSize: z
    .number({ error: 'Enter the largest number of members a peer group may have.' })
    .int({ error: 'Enter a whole number.' })
    .min(2, { error: 'A peer group needs room for at least 2 members.' })
    .max(50, { error: 'Keep peer groups to 50 members or fewer.' })
    .default(defaultMaxGroupSize),
  menteeWarningThreshold: z
    .number({ error: 'Enter how many mentees one mentor may have before Trellis warns.' })
    .int({ error: 'Enter a whole number.' })
    .min(1, { error: 'Enter 1 or more.' })
    .max(50, { error: 'Enter 50 or fewer.' })
    .default(defaultMenteeWarningThreshold),
};

function endNotBeforeStart(value: { startDate: string | null; endDate: string | null }): boolean {
  return !value.startDate || !value.endDate || value.endDate >= value.startDate;
}
const endDateRule = { path: ['endDate'], error: 'The end date must be on or after the start date.' };

export const programFields = z.object(programShape).refine(endNotBeforeStart, endDateRule);
export const programUpdateInput = z.object({ id: recordId(), ...programShape }).refine(endNotBeforeStart, endDateRule);

export type ProgramFieldsInput = z.input<typeof programFields>;
export type ProgramFields = z.output<typeof programFields>;

export interface Program {
  id: number;
  name: string;
  sponsor: string;
  vision: string | null;
  mission: string | null;
  structure: string | null;
  evaluationPlan: string | null;
  /** The ranks the program is meant for, most junior first. */
  targetRanks: Rank[];
  startDate: string | null;
  endDate: string | null;
  status: ProgramStatus;
  maxGroupSize: number;
  menteeWarningThreshold: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProgramCounts {
  activeMentorships: number;
  proposedMentorships: number;
  endedMentorships: number;
  activeGroups: number;
  /** Active faculty whose rank is in the target audience. */
  audience: number;
  /** Of those, people with no active mentor or sponsor (in any program). */
  audienceWithoutMentor: number;
}

export interface ProgramWithCounts extends Program {
  counts: ProgramCounts;
}

export const programListInput = z.object({
  status: z.enum(programStatuses).optional(),
});

/** A program comes with its counts: pairs, groups, and the people of its audience. */
const programReads = ['programs', 'mentorships', 'peerGroups', 'faculty'] as const;

export const programContract = {
  'programs.list': operation<ProgramWithCounts[]>()(programListInput, { reads: programReads }),
  'programs.get': operation<ProgramWithCounts>()(idInput, { reads: programReads }),
  'programs.create': operation<ProgramWithCounts>()(programFields, { changes: ['programs'] }),
  'programs.update': operation<ProgramWithCounts>()(programUpdateInput, { changes: ['programs'] }),
};
