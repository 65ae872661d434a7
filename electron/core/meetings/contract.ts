import { z } from 'zod';
import { operation } from '../../common/contractKit';
import { dateOrToday, idInput, optionalText, paging, recordId, requiredDate, tagList } from '../../common/fields';
import type { PersonRef } from '../../common/records';

/**
 * Meetings of a mentoring pair or of a peer group: date, length, topics and
 * confidential notes; a group meeting also records who attended. Logging one
 * takes a few seconds from the pair's or the group's page, so only the owner
 * and the length are required.
 */

export const meetingLogInput = z
  .object({
    /** Exactly one of mentorshipId and peerGroupId. */
    mentorshipId: recordId().optional(),
    peerGroupId: recordId().optional(),
    heldOn: dateOrToday,
    durationMinutes: z
      .number({ error: 'Enter how long the meeting lasted, in minutes.' })
      .int({ error: 'Enter whole minutes.' })
      .min(5, { error: 'Enter at least 5 minutes.' })
      .max(600, { error: 'Enter 600 minutes or fewer.' }),
    topics: tagList(20, 120),
    /** Confidential: never logged or audited. */
    notes: optionalText(20_000),
    /** Group meetings: the members who came. Current members not listed are recorded as absent. */
    attendedIds: z.array(recordId()).max(100).default([]),
  })
  .refine((v) => (v.mentorshipId === undefined) !== (v.peerGroupId === undefined), {
    path: ['mentorshipId'],
    error: 'Log the meeting for one mentorship or one peer group.',
  });

export const meetingListInput = z.object({
  mentorshipId: recordId().optional(),
  peerGroupId: recordId().optional(),
  /** Meetings this person took part in: as mentor or mentee, or as a group member. */
  personId: recordId().optional(),
  /** Inclusive date range. */
  from: requiredDate().optional(),
  to: requiredDate().optional(),
  ...paging,
});

export interface Attendance {
  person: PersonRef;
  attended: boolean;
}

/** A meeting as lists show it: without the confidential notes. */
export interface MeetingRow {
  id: number;
  mentorshipId: number | null;
  peerGroupId: number | null;
  /** "Ana García with Bo Li", or the group's name. */
  title: string;
  heldOn: string;
  durationMinutes: number;
  topics: string[];
  hasNotes: boolean;
}

export interface MeetingList {
  total: number;
  rows: MeetingRow[];
}

export interface Meeting extends MeetingRow {
  notes: string | null;
  /** Group meetings only; empty for a pair. */
  attendance: Attendance[];
  createdAt: string;
}

/** A meeting is titled by its pair's people or its group's name, and lists who attended. */
const reads = ['meetings', 'mentorships', 'peerGroups', 'faculty'] as const;

export const meetingContract = {
  'meetings.log': operation<Meeting>()(meetingLogInput, { changes: ['meetings'] }),
  'meetings.list': operation<MeetingList>()(meetingListInput, { reads }),
  'meetings.get': operation<Meeting>()(idInput, { reads }),
};
