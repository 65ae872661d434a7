import { z } from 'zod';
import { operation } from '../../common/contractKit';
import type { ExportedFile } from '../../common/exportedFile';
import { idInput, optionalText, recordId, requiredDate, requiredText } from '../../common/fields';
import type { PersonRef } from '../../common/records';
import type { GeneratedDocument } from '../documents/contract';
import type { ProgramRef } from '../mentorships/contract';
import type { PeerGroup } from '../peerGroups/contract';

/**
 * Speed peer-mentoring workshops (seed 002, "Peer Mentoring for Career
 * Success"): participants write goals for the next six months, then meet in
 * short rounds someone they don't know well, each both mentor and mentee,
 * swapping roles at half-time. Trellis plans the rounds, prints the sheets
 * and turns the pairs who want to keep meeting into peer mentoring. Pure:
 * shared with the renderer.
 */

export const defaultWorkshopTitle = 'Peer Mentoring for Career Success';
export const defaultRoundMinutes = 10;
export const defaultRoundCount = 4;

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${what}.` })
    .int({ error: `Enter ${what} as a whole number.` })
    .min(min, { error: `Enter ${min} or more for ${what}.` })
    .max(max, { error: `Enter ${max} or fewer for ${what}.` });

/** A facilitator from the directory, or someone who is not in it (office staff, a guest). */
export const facilitatorInput = z.union([
  z.object({ facultyId: recordId('Choose the facilitator.') }),
  z.object({ name: requiredText('Enter the facilitator’s name.', 200) }),
]);

const workshopShape = {
  programId: recordId('Choose the program the workshop belongs to.'),
  title: requiredText('Give the workshop a title.', 200).default(defaultWorkshopTitle),
  heldOn: requiredDate('Enter the day of the workshop as YYYY-MM-DD.'),
  startsAt: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter the start time as HH:MM, e.g. 14:30.' })
    .nullish()
    .transform((v) => v ?? null),
  place: optionalText(300),
  /** Each round; the signal to swap roles comes at half-time. */
  roundMinutes: wholeNumber('the minutes of a round', 2, 60).default(defaultRoundMinutes),
  roundCount: wholeNumber('the number of rounds', 1, 50).default(defaultRoundCount),
  /** Tables in the room; left out, every pair (and the trio) has a table of its own. */
  tableCount: wholeNumber('the number of tables', 1, 200)
    .nullish()
    .transform((v) => v ?? null),
  facilitators: z.array(facilitatorInput).max(10, { error: 'Name 10 facilitators or fewer.' }).default([]),
};

export const workshopFields = z.object(workshopShape);
export type WorkshopFields = z.output<typeof workshopFields>;
export const workshopUpdateInput = z.object({ id: recordId(), ...workshopShape });

/** Where participants come from: people chosen in the directory (by search), a peer group, a program's audience, a department. */
export const participantSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('people'),
    facultyIds: z
      .array(recordId('Choose people from the directory.'))
      .min(1, { error: 'Choose at least one person.' })
      .max(3000),
  }),
  z.object({ kind: z.literal('peerGroup'), groupId: recordId('Choose a peer group.') }),
  z.object({ kind: z.literal('programAudience'), programId: recordId('Choose a program.') }),
  z.object({ kind: z.literal('department'), department: requiredText('Choose a department.', 200) }),
]);
export type ParticipantSource = z.output<typeof participantSource>;

export const addParticipantsInput = z.object({
  workshopId: recordId('Choose the workshop.'),
  source: participantSource,
});

/**
 * Someone who comes on the day without having signed up. With an email the
 * directory knows, they are that person; otherwise Trellis keeps their name
 * (and what else is known) without inventing a directory record, and they can
 * be linked to one later (workshops.linkParticipant).
 */
export const addWalkInInput = z.object({
  workshopId: recordId('Choose the workshop.'),
  name: requiredText('Enter the person’s name.', 200),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.union([z.literal(''), z.email({ error: 'Enter an email address like name@university.edu.' })]))
    .nullish()
    .transform((v) => v || null),
  department: optionalText(200),
  /** Walk-ins are usually there already. */
  checkIn: z.boolean().default(true),
});

export const participantInput = z.object({ participantId: recordId('Choose a participant.') });

export const linkParticipantInput = z.object({
  participantId: recordId('Choose a participant.'),
  facultyId: recordId('Choose the person in the directory.'),
});

export const attendanceStates = ['expected', 'present', 'left'] as const;
export type Attendance = (typeof attendanceStates)[number];

export const setAttendanceInput = z.object({
  participantIds: z
    .array(recordId('Choose participants.'))
    .min(1, { error: 'Choose at least one participant.' })
    .max(3000),
  attendance: z.enum(attendanceStates, { error: 'Choose expected, present or left.' }),
});

/**
 * Plans rounds `fromRound`… for the people present now; earlier rounds stay
 * exactly as they were (they were held). A seed repeats a plan; left out, a
 * new one is drawn, so planning again gives a different, equally good plan.
 */
export const planInput = z.object({
  workshopId: recordId('Choose the workshop.'),
  fromRound: wholeNumber('the first round to plan', 1, 50).default(1),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});

export const setWishesInput = z.object({
  participantId: recordId('Choose the participant.'),
  /** Partners they would like to keep meeting; replaces what was recorded. */
  partnerIds: z.array(recordId('Choose partners.')).max(50),
});

export const startPeerGroupInput = z.object({
  workshopId: recordId('Choose the workshop.'),
  participantIds: z.array(recordId('Choose participants.')).min(2, { error: 'Choose at least two people.' }).max(50),
  name: requiredText('Give the group a name.', 200),
  focus: requiredText('Describe what the group is about.', 500),
  facilitatorId: recordId('Choose the facilitator.')
    .nullish()
    .transform((v) => v ?? null),
});

export const workshopSheets = ['all', 'cards', 'tables', 'grid', 'signIn'] as const;
export type WorkshopSheet = (typeof workshopSheets)[number];
export const workshopSheetLabels: Record<WorkshopSheet, string> = {
  all: 'Every sheet',
  cards: 'A card per participant',
  tables: 'A sheet per table per round',
  grid: 'The facilitator’s grid',
  signIn: 'Sign-in sheet',
};

export const sheetsInput = z.object({
  workshopId: recordId('Choose the workshop.'),
  sheet: z.enum(workshopSheets, { error: 'Choose which sheets to print.' }).default('all'),
});

export const workshopListInput = z.object({ programId: recordId().optional() });

export interface Facilitator {
  person: PersonRef | null;
  name: string;
}

export interface WorkshopParticipant {
  id: number;
  /** Null for a walk-in who is not in the directory yet. */
  person: PersonRef | null;
  name: string;
  email: string | null;
  department: string | null;
  source: 'directory' | 'signup' | 'walk_in';
  attendance: Attendance;
  checkedInAt: string | null;
  leftAt: string | null;
  /** Partners (participant ids) this person would like to keep meeting. */
  wishes: number[];
}

/** One table of one round: a pair, or the trio. */
export interface RoundGroup {
  table: number;
  people: { participantId: number; name: string }[];
}

export interface PlannedRound {
  number: number;
  groups: RoundGroup[];
}

export interface WorkshopRow {
  id: number;
  title: string;
  program: ProgramRef;
  heldOn: string;
  startsAt: string | null;
  place: string | null;
  roundMinutes: number;
  roundCount: number;
  tableCount: number | null;
  participantCount: number;
  presentCount: number;
  planned: boolean;
}

export interface Workshop extends WorkshopRow {
  facilitators: Facilitator[];
  /** By name. */
  participants: WorkshopParticipant[];
  /** The plan, round by round (empty until planned), for the sheets and the round view. */
  rounds: PlannedRound[];
  /** Round length and the half-time signal ("swap roles"), for the round view's countdown. */
  roundSeconds: number;
  halfTimeSeconds: number;
  plan: {
    seed: number;
    plannedAt: string;
    /** People present but not in the last round, and people in it who have left: plan the rounds to come again. */
    arrivedSince: string[];
    leftSince: string[];
  } | null;
  /** Pairs who both said they would like to keep meeting. */
  mutualWishes: { participantIds: [number, number]; names: [string, string] }[];
  createdAt: string;
  updatedAt: string;
}

export interface ParticipantsAdded {
  workshop: Workshop;
  added: number;
  /** Already on the list. */
  alreadyIn: number;
  /** Inactive people in the group, audience or department, left out. */
  inactive: number;
}

export interface PeerMentorshipsProposed {
  created: { mentorshipId: number; names: [string, string] }[];
  /** Mutual pairs that could not become a peer mentorship, and why. */
  skipped: { names: [string, string]; reason: string }[];
}

export interface FollowUpSurvey {
  survey: { id: number; name: string; year: number; questionCount: number };
  created: boolean;
  /** A workbook with the survey's columns and a row per participant, for the form or for answers on paper. */
  template: ExportedFile;
}

/** A workshop's list names people as the directory has them; planning avoids pairs who already know each other. */
const reads = ['workshops', 'faculty', 'mentorships', 'peerGroups'] as const;
const changes = ['workshops'] as const;

export const workshopsContract = {
  'workshops.list': operation<WorkshopRow[]>()(workshopListInput, { reads }),
  'workshops.get': operation<Workshop>()(idInput, { reads }),
  'workshops.create': operation<Workshop>()(workshopFields, { changes }),
  'workshops.update': operation<Workshop>()(workshopUpdateInput, { changes }),
  'workshops.addParticipants': operation<ParticipantsAdded>()(addParticipantsInput, { changes }),
  'workshops.addWalkIn': operation<Workshop>()(addWalkInInput, { changes }),
  'workshops.linkParticipant': operation<Workshop>()(linkParticipantInput, { changes }),
  'workshops.removeParticipant': operation<Workshop>()(participantInput, { changes }),
  'workshops.setAttendance': operation<Workshop>()(setAttendanceInput, { changes }),
  'workshops.plan': operation<Workshop>()(planInput, { changes }),
  'workshops.setWishes': operation<Workshop>()(setWishesInput, { changes }),
  'workshops.proposePeerMentorships': operation<PeerMentorshipsProposed>()(
    z.object({ workshopId: recordId('Choose the workshop.') }),
    { changes: ['workshops', 'mentorships'] },
  ),
  'workshops.startPeerGroup': operation<PeerGroup>()(startPeerGroupInput, { changes: ['workshops', 'peerGroups'] }),
  'workshops.followUpSurvey': operation<FollowUpSurvey>()(z.object({ workshopId: recordId('Choose the workshop.') }), {
    changes: ['workshops', 'surveys'],
  }),
  'workshops.sheets': operation<GeneratedDocument>()(sheetsInput, { reads: [...reads, 'documents'] }),
};
