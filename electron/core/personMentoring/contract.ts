import { z } from 'zod';
import type { ChangeRequestRow } from '../changeRequests/contract';
import { operation } from '../../common/contractKit';
import type { Faculty } from '../faculty/contract';
import type { MeetingRow } from '../meetings/contract';
import { recordId } from '../../common/fields';
import type { RecordRef } from '../../common/records';
import type { MentorshipRow } from '../mentorships/contract';
import type { GroupStatus } from '../peerGroups/contract';

/**
 * One person's mentoring, for their page: who mentors and sponsors them,
 * whom they mentor and sponsor, their peer groups and meetings, open change
 * requests, and a timeline of it all. Current and past relationships are both
 * listed; each row carries its status.
 */

export const personMentoringInput = z.object({ facultyId: recordId('Choose a person.') });

export interface SponsorshipRow extends MentorshipRow {
  /** "sponsor": this person sponsors the other; "sponsored": the other sponsors them. */
  role: 'sponsor' | 'sponsored';
}

export interface ProfileGroup {
  group: RecordRef;
  role: 'member' | 'facilitator';
  status: GroupStatus;
  /** Members only. */
  joinedOn: string | null;
  leftOn: string | null;
}

export const timelineEventKinds = [
  'mentorship_proposed',
  'mentorship_started',
  'mentorship_ended',
  'review_recorded',
  'group_joined',
  'group_left',
  'change_requested',
  'change_resolved',
] as const;
export type TimelineEventKind = (typeof timelineEventKinds)[number];

export interface TimelineEvent {
  date: string;
  kind: TimelineEventKind;
  /** A plain sentence about the event; never confidential text. */
  text: string;
  records: RecordRef[];
}

/** A speed peer-mentoring workshop someone took part in (checked in) or facilitated. */
export interface WorkshopTaken {
  workshopId: number;
  title: string;
  heldOn: string;
  role: 'participant' | 'facilitator';
}

export interface PersonMentoringSummary {
  person: Faculty;
  /** People who mentor this person (kind "mentor"). */
  mentors: MentorshipRow[];
  /** People this person mentors (kind "mentor"). */
  mentees: MentorshipRow[];
  sponsorships: SponsorshipRow[];
  peerMentorships: MentorshipRow[];
  /** Derived: at least one active mentor shares this person's department. */
  hasInsideDepartmentMentor: boolean;
  groups: ProfileGroup[];
  meetings: { total: number; lastHeldOn: string | null; recent: MeetingRow[] };
  openChangeRequests: ChangeRequestRow[];
  /** Newest first. */
  timeline: TimelineEvent[];
  /** Speed peer-mentoring workshops: how many they came to and facilitated, and which (oldest first). */
  workshops: { attended: number; facilitated: number; list: WorkshopTaken[] };
}

export const personMentoringContract = {
  'personMentoring.get': operation<PersonMentoringSummary>()(personMentoringInput, {
    reads: ['faculty', 'mentorships', 'meetings', 'peerGroups', 'changeRequests', 'programs', 'workshops'],
  }),
};
