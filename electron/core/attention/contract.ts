import { z } from 'zod';
import { operation } from '../../common/contractKit';
import type { RecordRef } from '../../common/records';

/**
 * The "needs attention" dashboard: every item says, in a sentence, why it is
 * listed, and links to the records it is about. Computed in the database with
 * indexes on each request; nothing is cached, so it is never stale.
 */

export const attentionKinds = [
  'mentee_without_mentor',
  'no_inside_department_mentor',
  'meeting_overdue',
  'review_due',
  'change_request_open',
  'group_full',
  'group_without_facilitator',
  'group_without_recent_meeting',
] as const;
export type AttentionKind = (typeof attentionKinds)[number];

export const attentionKindLabels: Record<AttentionKind, string> = {
  mentee_without_mentor: 'In a program’s audience, with no mentor',
  no_inside_department_mentor: 'No mentor inside their department',
  meeting_overdue: 'Pairs that have not met within their cadence',
  review_due: 'Annual reviews due or overdue',
  change_request_open: 'Open change requests',
  group_full: 'Full peer groups',
  group_without_facilitator: 'Peer groups without a facilitator',
  group_without_recent_meeting: 'Peer groups that have not met lately',
};

/** How far ahead annual reviews are listed. */
export const reviewWindowDays = 30;
/** A monthly peer group that has not met in this many days is listed. */
export const groupMeetingGapDays = 45;

export const attentionListInput = z.object({
  /** Only these kinds; all when left out. */
  kinds: z.array(z.enum(attentionKinds)).optional(),
});

export interface AttentionItem {
  kind: AttentionKind;
  /** A plain sentence saying why the item is listed. */
  why: string;
  /** The records it is about, first the one to open. */
  records: RecordRef[];
  /** The date the item turns on (due date, last meeting, date raised), for sorting; null when none. */
  date: string | null;
}

export interface DepartmentBar {
  department: string;
  /** Active mentorships whose mentee is in this department. */
  active: number;
  /** Of those, pairs whose mentor is in the same department. */
  insideDepartment: number;
}

export interface CadenceShare {
  active: number;
  /** Active pairs that met within their cadence (or started less than one cadence ago). */
  withinCadence: number;
  /** withinCadence / active, or null when there are no active pairs. */
  share: number | null;
}

export interface AttentionReport {
  today: string;
  items: AttentionItem[];
  counts: Record<AttentionKind, number>;
  charts: {
    activeMentorshipsByDepartment: DepartmentBar[];
    cadence: CadenceShare;
  };
}

export const attentionContract = {
  'attention.list': operation<AttentionReport>()(attentionListInput, {
    reads: ['mentorships', 'meetings', 'changeRequests', 'peerGroups', 'faculty', 'programs'],
  }),
};
