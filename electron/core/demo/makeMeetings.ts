import { addDays, daysBetween } from '../../common/isoDates';
import type { DemoContext, DemoRows } from './dataset';
import type { DemoGroup } from './makeGroups';
import type { DemoPair } from './makeMentorships';
import type { SeededRandom } from './random';
import { meetingNotes, meetingTopics } from './school';

/**
 * Meetings of pairs and groups. Groups meet about monthly. Pairs meet a
 * little more often than their cadence asks, spaced so the whole set lands
 * near the target count; pairs that stopped meeting stop here too. Ids follow
 * the meeting dates, as they would have been logged.
 */

interface DraftMeeting {
  mentorshipId: number | null;
  groupId: number | null;
  heldOn: string;
  minutes: number;
  topics: string[];
  notes: string | null;
  attendance: { facultyId: number; attended: boolean }[];
}

export function makeMeetings(
  target: number,
  pairs: DemoPair[],
  groups: DemoGroup[],
  rng: SeededRandom,
  context: DemoContext,
  rows: DemoRows,
): void {
  const drafts: DraftMeeting[] = [];
  for (const group of groups) drafts.push(...groupMeetings(group, rng));

  // Spacing: a share of each pair's cadence, scaled so the pairs' meetings fill the target.
  const pairTarget = Math.max(0, target - drafts.length);
  const capacity = pairs.reduce((sum, p) => sum + (p.meetUntil ? daysBetween(p.start, p.meetUntil) / p.cadence : 0), 0);
  const share = Math.min(0.9, Math.max(0.3, capacity / Math.max(1, pairTarget)));
  for (const pair of pairs) {
    if (!pair.meetUntil) continue;
    const gap = pair.cadence * share;
    for (
      let on = addDays(pair.start, rng.int(3, 25));
      on <= pair.meetUntil;
      on = addDays(on, Math.max(7, Math.round(gap * (0.7 + rng.next() * 0.6))))
    ) {
      drafts.push({
        mentorshipId: pair.id,
        groupId: null,
        heldOn: on,
        minutes: rng.weighted([
          [30, 25],
          [45, 25],
          [60, 40],
          [90, 10],
        ] as const),
        topics: rng.sample(meetingTopics, rng.int(1, 3)),
        notes: rng.chance(0.6) ? rng.pick(meetingNotes) : null,
        attendance: [],
      });
    }
  }

  drafts.sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  drafts.forEach((draft, index) => {
    const id = index + 1;
    rows.meetings.push({
      id,
      mentorship_id: draft.mentorshipId,
      peer_group_id: draft.groupId,
      held_on: draft.heldOn,
      duration_minutes: draft.minutes,
      topics: JSON.stringify(draft.topics),
      notes: draft.notes,
      created_at: context.stamp,
    });
    for (const a of draft.attendance) {
      rows.meeting_attendance.push({ meeting_id: id, faculty_id: a.facultyId, attended: a.attended ? 1 : 0 });
    }
  });
}

function groupMeetings(group: DemoGroup, rng: SeededRandom): DraftMeeting[] {
  const meetings: DraftMeeting[] = [];
  for (let on = addDays(group.start, rng.int(5, 25)); on <= group.meetUntil; on = addDays(on, rng.int(26, 36))) {
    const present = group.members.filter((m) => m.joinedOn <= on && (m.leftOn === null || m.leftOn >= on));
    if (present.length === 0) continue;
    meetings.push({
      mentorshipId: null,
      groupId: group.id,
      heldOn: on,
      minutes: group.minutes,
      topics: [group.focus, ...rng.sample(meetingTopics, rng.int(0, 1))],
      notes: rng.chance(0.4) ? 'Round of updates; one member brought a case for group feedback.' : null,
      attendance: present.map((m) => ({ facultyId: m.facultyId, attended: rng.chance(0.85) })),
    });
  }
  return meetings;
}
