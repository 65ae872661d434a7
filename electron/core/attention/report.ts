import type { ReadableDb } from '../../../db/handles';
import { activeMentorshipsByDepartment, cadenceShare } from './charts';
import { attentionKinds, type AttentionItem, type AttentionKind, type AttentionReport } from './contract';
import { fullGroups, groupsWithoutFacilitator, groupsWithoutRecentMeeting } from './groups';
import { meetingsOverdue, openChangeRequests, reviewsDue } from './mentorships';
import { menteesWithoutInsideMentor, menteesWithoutMentor } from './people';

/** One query per kind of item; exported so the benchmark can time each on its own. */
export const attentionQueries: Record<AttentionKind, (db: ReadableDb, today: string) => Promise<AttentionItem[]>> = {
  mentee_without_mentor: (db) => menteesWithoutMentor(db),
  no_inside_department_mentor: (db) => menteesWithoutInsideMentor(db),
  meeting_overdue: meetingsOverdue,
  review_due: reviewsDue,
  change_request_open: openChangeRequests,
  group_full: (db) => fullGroups(db),
  group_without_facilitator: (db) => groupsWithoutFacilitator(db),
  group_without_recent_meeting: groupsWithoutRecentMeeting,
};

export const chartQueries = {
  activeMentorshipsByDepartment: (db: ReadableDb) => activeMentorshipsByDepartment(db),
  cadence: (db: ReadableDb, today: string) => cadenceShare(db, today),
};

export async function attentionReport(
  db: ReadableDb,
  today: string,
  kinds: readonly AttentionKind[] = attentionKinds,
): Promise<AttentionReport> {
  const items: AttentionItem[] = [];
  const counts = Object.fromEntries(attentionKinds.map((k) => [k, 0])) as Record<AttentionKind, number>;
  for (const kind of attentionKinds) {
    if (!kinds.includes(kind)) continue;
    const found = await attentionQueries[kind](db, today);
    counts[kind] = found.length;
    items.push(...found);
  }
  return {
    today,
    items,
    counts,
    charts: {
      activeMentorshipsByDepartment: await chartQueries.activeMentorshipsByDepartment(db),
      cadence: await chartQueries.cadence(db, today),
    },
  };
}
