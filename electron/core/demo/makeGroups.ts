import { addDays, daysBetween } from '../../common/isoDates';
import type { DemoContext, DemoPerson, DemoRows } from './dataset';
import type { DemoPrograms } from './makePrograms';
import type { SeededRandom } from './random';
import { groupFocuses, groupLogistics, groupNameWords, groupSchedules } from './school';

/**
 * Peer mentoring groups (seed 000): assistant professors in groups of up to
 * eight, most with a senior facilitator, meeting monthly. A few groups are
 * full, a few lack their facilitator, a few have stopped meeting, and the
 * closed pilot's groups are history.
 */

export interface DemoGroup {
  id: number;
  start: string;
  meetUntil: string;
  minutes: number;
  focus: string;
  members: { facultyId: number; joinedOn: string; leftOn: string | null }[];
}

const maxMembers = 8;

export function makeGroups(
  count: number,
  people: DemoPerson[],
  programs: DemoPrograms,
  rng: SeededRandom,
  context: DemoContext,
  rows: DemoRows,
): DemoGroup[] {
  const groups: DemoGroup[] = [];
  const juniors = people.filter((p) => p.active && p.seniority === 2);
  const seniors = people.filter((p) => p.active && p.seniority >= 3 && p.seniority <= 4);
  const closedCount = programs.newLeaders !== null ? Math.round(count * 0.15) : 0;
  // At least one group of each kind of trouble, whatever the size.
  const withoutFacilitator = Math.max(1, Math.round(count * 0.075));
  const stalled = Math.max(1, Math.round(count * 0.1));
  const full = withoutFacilitator + stalled + 1;

  for (let id = 1; id <= count; id++) {
    const closed = id > count - closedCount;
    const facilitated = id <= withoutFacilitator || rng.chance(0.93);
    const facilitator = id <= withoutFacilitator || !facilitated ? null : rng.pick(seniors);
    const start = closed
      ? addDays(programs.newLeadersEnded!, -rng.int(300, 420))
      : addDays(context.today, -rng.int(90, 4 * 365));
    const until = closed
      ? programs.newLeadersEnded!
      : id > withoutFacilitator && id <= withoutFacilitator + stalled
        ? addDays(context.today, -rng.int(50, 200))
        : context.today;
    const minutes = rng.pick([60, 75, 90]);
    const focus = closed ? 'New to formal leadership' : rng.pick(groupFocuses);
    const word = groupNameWords[(id - 1) % groupNameWords.length]!;
    const round = Math.floor((id - 1) / groupNameWords.length);
    rows.peer_groups.push({
      id,
      program_id: closed ? programs.newLeaders! : programs.peer,
      name: `${word} Group${round > 0 ? ` ${round + 1}` : ''}`,
      focus,
      facilitated: facilitated ? 1 : 0,
      grouping: rng.weighted([
        ['research_area', 40],
        ['seniority', 25],
        ['geography', 10],
        ['gender', 10],
        ['other', 15],
      ] as const),
      facilitator_id: facilitator?.id ?? null,
      phase: daysBetween(start, context.today) > 300 ? 'self_managed' : 'initial_facilitation',
      schedule: rng.pick(groupSchedules),
      meeting_minutes: minutes,
      logistics: rng.pick(groupLogistics),
      costs_cents: rng.int(0, 60) * 2500,
      started_on: start,
      status: closed ? 'closed' : 'active',
      created_at: context.stamp,
      updated_at: context.stamp,
    });
    const members = makeMembers(id, start, id === full ? maxMembers : null, facilitator, juniors, rng, context, rows);
    groups.push({ id, start, meetUntil: until, minutes, focus, members });
  }
  return groups;
}

function makeMembers(
  groupId: number,
  start: string,
  fixedSize: number | null,
  facilitator: DemoPerson | null,
  juniors: DemoPerson[],
  rng: SeededRandom,
  context: DemoContext,
  rows: DemoRows,
): DemoGroup['members'] {
  const size =
    fixedSize ??
    rng.weighted([
      [maxMembers, 25],
      [7, 20],
      [6, 25],
      [5, 20],
      [4, 10],
    ] as const);
  const candidates = rng
    .sample(juniors, size * 3)
    .filter((p) => p.id !== facilitator?.id && addDays(p.appointmentStart, 30) < context.today);
  const members: DemoGroup['members'] = [];
  const push = (person: DemoPerson, joinedOn: string, leftOn: string | null) => {
    members.push({ facultyId: person.id, joinedOn, leftOn });
    const agreed = rng.chance(0.92);
    rows.peer_group_members.push({
      group_id: groupId,
      faculty_id: person.id,
      joined_on: joinedOn,
      agreed_attendance: agreed ? 1 : 0,
      agreed_confidentiality: agreed || rng.chance(0.5) ? 1 : 0,
      left_on: leftOn,
    });
  };
  let next = 0;
  while (members.length < size && next < candidates.length) {
    const person = candidates[next++]!;
    const joinedOn = laterOf(addDays(start, rng.int(0, 20)), addDays(person.appointmentStart, 30));
    if (joinedOn > context.today) continue;
    // Some members leave; someone else takes the seat after they go, so the group never exceeds its limit.
    const span = daysBetween(joinedOn, context.today);
    if (fixedSize === null && span > 120 && rng.chance(0.12) && next < candidates.length) {
      const leftOn = addDays(joinedOn, rng.int(60, span - 30));
      push(person, joinedOn, leftOn);
      const replacement = candidates[next++]!;
      const replacementJoined = laterOf(addDays(leftOn, rng.int(1, 30)), addDays(replacement.appointmentStart, 30));
      if (replacementJoined <= context.today) push(replacement, replacementJoined, null);
      continue;
    }
    push(person, joinedOn, null);
  }
  return members;
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}
