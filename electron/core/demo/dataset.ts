import type { Insertable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Rank } from '../../common/ranks';
import { rankSeniority } from '../../common/ranks';

/**
 * The demo records, as rows ready to insert, with their ids chosen up front
 * (the database is empty, so ids start at 1) so that rows can refer to each
 * other before anything is written. Tables are listed in insert order.
 */
export const demoTables = [
  'faculty',
  'programs',
  'program_target_ranks',
  'mentorships',
  'mentorship_goals',
  'mentorship_reviews',
  'change_requests',
  'peer_groups',
  'peer_group_members',
  'meetings',
  'meeting_attendance',
] as const;
export type DemoTable = (typeof demoTables)[number];

export type DemoRows = { [K in DemoTable]: Insertable<Database[K]>[] };

export function emptyRows(): DemoRows {
  return Object.fromEntries(demoTables.map((t) => [t, []])) as unknown as DemoRows;
}

/** What the generators need to know about a person, beyond the row. */
export interface DemoPerson {
  id: number;
  name: string;
  rank: Rank;
  seniority: number;
  department: string;
  appointmentStart: string;
  active: boolean;
}

export function seniorityOf(rank: Rank): number {
  return rankSeniority(rank);
}

/** Shared by the generators: today, the timestamp for created/updated, and the size targets. */
export interface DemoContext {
  today: string;
  stamp: string;
}

export interface DemoTargets {
  faculty: number;
  mentorships: number;
  meetings: number;
  groups: number;
  /** Change requests still open or in mediation. */
  openChangeRequests: number;
}

export const demoTargets: Record<'small' | 'large', DemoTargets> = {
  small: { faculty: 160, mentorships: 130, meetings: 1300, groups: 4, openChangeRequests: 2 },
  large: { faculty: 3000, mentorships: 2500, meetings: 30_000, groups: 40, openChangeRequests: 12 },
};
