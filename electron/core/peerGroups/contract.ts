import { z } from 'zod';
import { operation } from '../../common/contractKit';
import { dateOrToday, idInput, optionalText, recordId, requiredDate, requiredText } from '../../common/fields';
import type { PersonRef, Warning } from '../../common/records';
import type { ProgramRef } from '../mentorships/contract';

/**
 * Peer mentoring groups (seeds 000, 002, 004): a handful of faculty around a
 * focus, usually with a more senior peer facilitator, meeting monthly for
 * 60–90 minutes. Members agree to join, to attend and to keep what is said
 * confidential. Groups start with facilitation support, then manage
 * themselves. A group has at most the program's limit of members (8 in the
 * sponsored program).
 */

export const groupings = ['seniority', 'research_area', 'geography', 'gender', 'other'] as const;
export type Grouping = (typeof groupings)[number];
export const groupingLabels: Record<Grouping, string> = {
  seniority: 'By seniority',
  research_area: 'By research area',
  geography: 'By geography',
  gender: 'By gender',
  other: 'Other',
};

export const groupPhases = ['initial_facilitation', 'self_managed'] as const;
export type GroupPhase = (typeof groupPhases)[number];
export const groupPhaseLabels: Record<GroupPhase, string> = {
  initial_facilitation: 'Initial facilitation',
  self_managed: 'Self-managed',
};

export const groupStatuses = ['active', 'closed'] as const;
export type GroupStatus = (typeof groupStatuses)[number];

export const peerGroupFields = z.object({
  programId: recordId('Choose the program.'),
  name: requiredText('Give the group a name.', 200),
  focus: requiredText('Describe what the group is about (e.g. preparing for promotion).', 500),
  facilitated: z.boolean().default(true),
  grouping: z
    .enum(groupings, { error: 'Choose how members are grouped.' })
    .nullish()
    .transform((v) => v ?? null),
  /** The senior peer facilitator; facilitators are not counted among the members. */
  facilitatorId: recordId('Choose the facilitator.')
    .nullish()
    .transform((v) => v ?? null),
  phase: z.enum(groupPhases, { error: 'Choose initial facilitation or self-managed.' }).default('initial_facilitation'),
  schedule: optionalText(500),
  meetingMinutes: z
    .number({ error: 'Enter the usual meeting length in minutes.' })
    .int({ error: 'Enter whole minutes.' })
    .min(15, { error: 'Enter at least 15 minutes.' })
    .max(480, { error: 'Enter 480 minutes or fewer.' })
    .nullish()
    .transform((v) => v ?? null),
  logistics: optionalText(4000),
  costsCents: z
    .number({ error: 'Enter the costs in cents.' })
    .int({ error: 'Enter the costs in whole cents.' })
    .min(0, { error: 'Costs cannot be negative.' })
    .default(0),
  startedOn: requiredDate('Enter the date the group started, as YYYY-MM-DD.'),
  status: z.enum(groupStatuses).default('active'),
});

export type PeerGroupFields = z.output<typeof peerGroupFields>;

export const peerGroupUpdateInput = peerGroupFields.extend(idInput.shape);

export const addMemberInput = z.object({
  groupId: recordId('Choose the group.'),
  facultyId: recordId('Choose the person to add.'),
  joinedOn: dateOrToday,
  agreedAttendance: z.boolean().default(false),
  agreedConfidentiality: z.boolean().default(false),
});

export const updateMemberInput = z.object({
  groupId: recordId('Choose the group.'),
  facultyId: recordId('Choose the member.'),
  agreedAttendance: z.boolean(),
  agreedConfidentiality: z.boolean(),
});

export const removeMemberInput = z.object({
  groupId: recordId('Choose the group.'),
  facultyId: recordId('Choose the member.'),
  leftOn: dateOrToday,
});

export const peerGroupListInput = z.object({
  programId: recordId().optional(),
  status: z.enum(groupStatuses).optional(),
  /** Groups this person belongs to or facilitates. */
  personId: recordId().optional(),
});

export interface GroupMember {
  person: PersonRef;
  joinedOn: string;
  agreedAttendance: boolean;
  agreedConfidentiality: boolean;
  leftOn: string | null;
}

export interface PeerGroupRow {
  id: number;
  program: ProgramRef;
  name: string;
  focus: string;
  facilitated: boolean;
  grouping: Grouping | null;
  facilitator: PersonRef | null;
  phase: GroupPhase;
  status: GroupStatus;
  startedOn: string;
  memberCount: number;
  /** The program's limit. */
  maxMembers: number;
  lastMeetingOn: string | null;
}

export interface PeerGroup extends PeerGroupRow {
  schedule: string | null;
  meetingMinutes: number | null;
  logistics: string | null;
  costsCents: number;
  isFull: boolean;
  /** Current members, by name. */
  members: GroupMember[];
  /** People who have left, most recent first. */
  formerMembers: GroupMember[];
  meetingCount: number;
  warnings: Warning[];
  createdAt: string;
  updatedAt: string;
}

/** A group is shown with its people, its program (the size limit) and its last meeting. */
const reads = ['peerGroups', 'faculty', 'programs', 'meetings'] as const;
const changes = ['peerGroups'] as const;

export const peerGroupContract = {
  'peerGroups.list': operation<PeerGroupRow[]>()(peerGroupListInput, { reads }),
  'peerGroups.get': operation<PeerGroup>()(idInput, { reads }),
  'peerGroups.create': operation<PeerGroup>()(peerGroupFields, { changes }),
  'peerGroups.update': operation<PeerGroup>()(peerGroupUpdateInput, { changes }),
  'peerGroups.addMember': operation<PeerGroup>()(addMemberInput, { changes }),
  'peerGroups.updateMember': operation<PeerGroup>()(updateMemberInput, { changes }),
  'peerGroups.removeMember': operation<PeerGroup>()(removeMemberInput, { changes }),
};
