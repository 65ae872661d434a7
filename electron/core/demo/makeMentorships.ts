import type { MentorshipKind } from '../mentorships/contract';
import { addDays, addYears, daysBetween } from '../../common/isoDates';
import type { DemoContext, DemoPerson, DemoRows } from './dataset';
import type { DemoPrograms } from './makePrograms';
import type { SeededRandom } from './random';
import { changeReasons, endReasons, goalTexts } from './school';

/**
 * Five years of mentoring pairs. Current pairs come first — most assistant
 * professors have a mentor, some a second one, some associate professors a
 * sponsor — then ended pairs fill the history up to the target. A few pairs
 * were changed, kept or ended through change requests, and a few requests are
 * still open. Every pair respects the rules the app enforces (no one mentors
 * themselves, no duplicate open pair of a kind).
 */

/** What the meeting generator needs: when the pair met, and how often it aimed to. */
export interface DemoPair {
  id: number;
  start: string;
  /** Meetings happen up to this date (the end, today, or when the pair stopped meeting). */
  meetUntil: string | null;
  cadence: number;
}

interface PairDraft {
  kind: MentorshipKind;
  mentor: DemoPerson;
  mentee: DemoPerson;
  programId: number;
  start: string;
  endedOn: string | null;
  endReason?: string;
  proposed?: boolean;
}

const cadences = [
  [90, 70],
  [60, 12],
  [30, 10],
  [120, 5],
  [180, 3],
] as const;

export class MentorshipMaker {
  readonly pairs: DemoPair[] = [];
  private nextId = 1;
  private nextRequestId = 1;
  private readonly openKeys = new Set<string>();
  private readonly load = new Map<number, number>();
  private readonly seniorsByDepartment = new Map<string, DemoPerson[]>();
  private readonly seniors: DemoPerson[];
  private readonly handler: string;

  constructor(
    private readonly people: DemoPerson[],
    private readonly programs: DemoPrograms,
    private readonly rng: SeededRandom,
    private readonly context: DemoContext,
    private readonly rows: DemoRows,
  ) {
    this.seniors = people.filter((p) => p.seniority >= 3);
    for (const person of this.seniors) {
      const list = this.seniorsByDepartment.get(person.department) ?? [];
      list.push(person);
      this.seniorsByDepartment.set(person.department, list);
    }
    const viceChair = people.find((p) => p.rank === 'Professor' && p.active) ?? people[0]!;
    this.handler = `${viceChair.name}, Vice Chair for Faculty Development`;
  }

  get count(): number {
    return this.nextId - 1;
  }

  /** Pairs in place today. */
  makeCurrent(peerPairs: number): void {
    const { rng, context } = this;
    for (const person of this.people) {
      if (!person.active || daysBetween(person.appointmentStart, context.today) < 21) continue;
      if (person.rank === 'Assistant Professor') {
        const program =
          this.programs.pediatrics !== null && person.department === 'Pediatrics' && rng.chance(0.6)
            ? this.programs.pediatrics
            : this.programs.earlyCareer;
        if (rng.chance(0.72)) this.addCurrent('mentor', person, program, rng.chance(0.85));
        if (rng.chance(0.2)) this.addCurrent('mentor', person, program, rng.chance(0.3));
      } else if (person.rank === 'Instructor' || person.rank === 'Lecturer') {
        if (rng.chance(0.25)) this.addCurrent('mentor', person, this.programs.earlyCareer, rng.chance(0.7));
      } else if (person.rank === 'Associate Professor') {
        if (rng.chance(0.15)) this.addCurrent('sponsor', person, this.programs.sponsorship, rng.chance(0.3));
        if (rng.chance(0.08)) this.addCurrent('mentor', person, this.programs.sponsorship, rng.chance(0.5));
      }
    }
    const peers = this.people.filter((p) => p.active && p.rank === 'Assistant Professor');
    for (let i = 0; i < peerPairs && peers.length > 1; i++) {
      const [a, b] = rng.sample(peers, 2) as [DemoPerson, DemoPerson];
      const start = this.startBetween([a, b], addYears(context.today, -2), addDays(context.today, -14));
      if (start && !this.openKeys.has(key(a.id, b.id, 'peer')) && !this.openKeys.has(key(b.id, a.id, 'peer'))) {
        this.add({ kind: 'peer', mentor: a, mentee: b, programId: this.programs.peer, start, endedOn: null });
      }
    }
  }

  /** Ended pairs, until the total reaches the target. */
  makeHistory(target: number): void {
    const { rng, context } = this;
    const mentees = this.people.filter((p) => p.seniority >= 1 && p.seniority <= 3);
    let attempts = 0;
    while (this.count < target && attempts++ < target * 20) {
      const kind = rng.weighted<MentorshipKind>([
        ['mentor', 85],
        ['sponsor', 10],
        ['peer', 5],
      ]);
      const mentee = rng.pick(mentees);
      const mentor = kind === 'peer' ? rng.pick(mentees) : this.pickMentor(mentee, kind, rng.chance(0.65), true);
      if (!mentor || mentor.id === mentee.id) continue;
      const start = this.startBetween([mentor, mentee], addYears(context.today, -5), addDays(context.today, -200));
      if (!start) continue;
      let endedOn = addDays(start, rng.int(150, 1300));
      if (endedOn >= addDays(context.today, -3)) endedOn = addDays(context.today, -rng.int(3, 60));
      if (endedOn <= start) continue;
      const programId =
        kind === 'peer'
          ? this.programs.peer
          : kind === 'sponsor'
            ? this.programs.sponsorship
            : this.programs.earlyCareer;
      const draft: PairDraft = { kind, mentor, mentee, programId, start, endedOn, endReason: rng.pick(endReasons) };
      const roll = rng.next();
      if (kind === 'mentor' && roll < 0.03) this.addChanged(draft);
      else if (roll < 0.04) this.addEndedByRequest(draft);
      else this.add(draft);
    }
  }

  /** Open and in-mediation requests on current pairs. */
  makeOpenRequests(count: number): void {
    const { rng, context } = this;
    const candidates = this.rows.mentorships.filter((m) => m.status === 'active');
    for (const pair of rng.sample(candidates, count)) {
      const raisedOn = laterOf(addDays(context.today, -rng.int(1, 75)), pair.start_date);
      const inMediation = rng.chance(0.4);
      this.rows.change_requests.push({
        id: this.nextRequestId++,
        mentorship_id: pair.id!,
        raised_by: rng.weighted([
          ['mentee', 45],
          ['mentor', 25],
          ['survey', 20],
          ['office', 10],
        ] as const),
        raised_on: raisedOn,
        reason: rng.pick(changeReasons),
        status: inMediation ? 'in_mediation' : 'open',
        resolution: null,
        resolution_note: null,
        handled_by: inMediation ? this.handler : null,
        handled_at: inMediation ? earlierOf(addDays(raisedOn, rng.int(1, 10)), context.today) : null,
        new_mentorship_id: null,
        review_id: null,
        created_at: context.stamp,
        updated_at: context.stamp,
      });
    }
  }

  private addCurrent(kind: MentorshipKind, mentee: DemoPerson, programId: number, sameDepartment: boolean): void {
    const { rng, context } = this;
    // Now and then a mentor junior in rank, so the warning has something to show.
    const mentor =
      kind === 'mentor' && mentee.seniority === 3 && rng.chance(0.04)
        ? rng.pick(this.people.filter((p) => p.active && p.seniority === 2))
        : this.pickMentor(mentee, kind, sameDepartment, false);
    if (!mentor || mentor.id === mentee.id || this.openKeys.has(key(mentor.id, mentee.id, kind))) return;
    const start = this.startBetween([mentor, mentee], addYears(context.today, -3), addDays(context.today, -7));
    if (!start) return;
    const proposed = daysBetween(start, context.today) < 30 && rng.chance(0.3);
    this.add({ kind, mentor, mentee, programId, start, endedOn: null, proposed });
  }

  /** A senior colleague (a full professor for sponsors), in the same department when asked and possible. */
  private pickMentor(
    mentee: DemoPerson,
    kind: MentorshipKind,
    sameDepartment: boolean,
    history: boolean,
  ): DemoPerson | null {
    const minimum = kind === 'sponsor' ? 4 : Math.max(3, mentee.seniority + 1);
    const local = this.seniorsByDepartment.get(mentee.department) ?? [];
    const pool = sameDepartment && local.length > 0 ? local : this.seniors;
    for (let attempt = 0; attempt < 12; attempt++) {
      const candidate = this.rng.pick(pool);
      if (candidate.seniority < minimum || candidate.id === mentee.id) continue;
      if (!history && (!candidate.active || (this.load.get(candidate.id) ?? 0) >= 5)) continue;
      return candidate;
    }
    return null;
  }

  /** A start after both people were appointed, within [from, to]; null when there is no room. */
  private startBetween(people: DemoPerson[], from: string, to: string): string | null {
    const earliest = people.reduce((d, p) => laterOf(d, addDays(p.appointmentStart, 14)), from);
    const span = daysBetween(earliest, to);
    return span < 0 ? null : addDays(earliest, this.rng.int(0, span));
  }

  private add(draft: PairDraft): number {
    const { rng, context } = this;
    const id = this.nextId++;
    const status = draft.endedOn ? 'ended' : draft.proposed ? 'proposed' : 'active';
    const cadence = rng.weighted(cadences);
    if (status !== 'ended') {
      this.openKeys.add(key(draft.mentor.id, draft.mentee.id, draft.kind));
      if (draft.kind === 'peer') this.openKeys.add(key(draft.mentee.id, draft.mentor.id, draft.kind));
      this.load.set(draft.mentor.id, (this.load.get(draft.mentor.id) ?? 0) + 1);
    }
    const nextReview = status === 'ended' || status === 'proposed' ? null : this.addReviews(id, draft.start, null);
    if (status === 'ended') this.addReviews(id, draft.start, draft.endedOn);
    this.rows.mentorships.push({
      id,
      mentor_id: draft.mentor.id,
      mentee_id: draft.mentee.id,
      kind: draft.kind,
      program_id: draft.programId,
      start_date: draft.start,
      planned_end: rng.chance(0.3) ? addYears(draft.start, rng.int(1, 3)) : null,
      cadence_days: cadence,
      status,
      end_reason: status === 'ended' ? (draft.endReason ?? rng.pick(endReasons)) : null,
      ended_on: draft.endedOn,
      next_review_on: nextReview,
      notes: rng.chance(0.2) ? 'Agreed to use the Mentoring Partnership Agreement; mentee sets the agenda.' : null,
      created_at: context.stamp,
      updated_at: context.stamp,
    });
    this.addGoals(id, status);
    if (status !== 'proposed') {
      // A few current pairs quietly stopped meeting: the dashboard should catch them.
      const lapsed = status === 'active' && rng.chance(0.12);
      const meetUntil =
        draft.endedOn ?? (lapsed ? addDays(context.today, -rng.int(cadence + 10, cadence * 3)) : context.today);
      this.pairs.push({ id, start: draft.start, meetUntil: meetUntil > draft.start ? meetUntil : null, cadence });
      if (rng.chance(0.01)) this.addKeptRequest(id, draft.start, draft.endedOn ?? context.today);
    }
    return id;
  }

  /** Yearly reviews up to `until` (or today); returns the next review date for an active pair. */
  private addReviews(id: number, start: string, until: string | null): string {
    const { rng, context } = this;
    const last = until ?? context.today;
    let reviewed = start;
    for (let year = 1; addYears(start, year) <= last; year++) {
      const anniversary = addYears(start, year);
      // The latest review of a current pair is sometimes still outstanding.
      if (!until && daysBetween(anniversary, context.today) < 75 && rng.chance(0.4)) break;
      const on = earlierOf(addDays(anniversary, rng.int(-20, 30)), last);
      if (on <= reviewed) break;
      this.rows.mentorship_reviews.push({
        mentorship_id: id,
        reviewed_on: on,
        outcome: 'continue',
        note: rng.chance(0.15) ? 'Both want to continue; revisit goals at mid-year.' : null,
        created_at: context.stamp,
      });
      reviewed = on;
    }
    return addYears(reviewed, 1);
  }

  private addGoals(id: number, status: string): void {
    const { rng, context } = this;
    const count = status === 'ended' ? rng.int(0, 2) : rng.int(1, 3);
    rng.sample(goalTexts, count).forEach((text, position) => {
      const goalStatus =
        status === 'ended'
          ? rng.pick(['achieved', 'set_aside'] as const)
          : rng.weighted([
              ['not_started', 30],
              ['in_progress', 50],
              ['achieved', 15],
              ['set_aside', 5],
            ] as const);
      this.rows.mentorship_goals.push({
        mentorship_id: id,
        text,
        status: goalStatus,
        position,
        created_at: context.stamp,
        updated_at: context.stamp,
      });
    });
  }

  /**
   * The mentee asked for a change; the office ended the pair and started a
   * new one the same day. Without a suitable new mentor the pair just ended.
   */
  private addChanged(draft: PairDraft): void {
    const { rng, context } = this;
    const endedOn = draft.endedOn!;
    const successor = this.pickMentor(draft.mentee, 'mentor', rng.chance(0.65), false);
    let successorEnd: string | null = addDays(endedOn, rng.int(200, 1300));
    if (successorEnd >= context.today) successorEnd = null;
    const usable =
      successor !== null &&
      successor.id !== draft.mentor.id &&
      successor.id !== draft.mentee.id &&
      (successorEnd !== null ||
        (draft.mentee.active && !this.openKeys.has(key(successor.id, draft.mentee.id, 'mentor'))));
    if (!usable) {
      this.addEndedByRequest(draft);
      return;
    }
    const requestId = this.nextRequestId++;
    const oldId = this.add({ ...draft, endReason: `Changed to a new pair through change request #${requestId}.` });
    const newId = this.add({
      ...draft,
      mentor: successor,
      start: endedOn,
      endedOn: successorEnd,
      endReason: rng.pick(endReasons),
    });
    this.pushResolved(requestId, oldId, draft.start, endedOn, 'changed', newId);
  }

  private addEndedByRequest(draft: PairDraft): void {
    const requestId = this.nextRequestId++;
    const id = this.add({ ...draft, endReason: `Ended through change request #${requestId}.` });
    this.pushResolved(requestId, id, draft.start, draft.endedOn!, 'ended', null);
  }

  private addKeptRequest(id: number, start: string, until: string): void {
    const span = daysBetween(start, until) - 60;
    if (span < 20) return;
    const raisedOn = addDays(start, 30 + this.rng.int(0, span - 20));
    const handledAt = earlierOf(addDays(raisedOn, this.rng.int(7, 45)), until);
    const requestId = this.nextRequestId++;
    this.pushResolved(requestId, id, start, handledAt, 'kept', null, raisedOn);
  }

  private pushResolved(
    requestId: number,
    mentorshipId: number,
    start: string,
    handledAt: string,
    resolution: 'changed' | 'kept' | 'ended',
    newMentorshipId: number | null,
    raisedOn = laterOf(addDays(handledAt, -this.rng.int(10, 60)), start),
  ): void {
    this.rows.change_requests.push({
      id: requestId,
      mentorship_id: mentorshipId,
      raised_by: this.rng.pick(['mentee', 'mentor', 'survey', 'office'] as const),
      raised_on: raisedOn,
      reason: this.rng.pick(changeReasons),
      status: 'resolved',
      resolution,
      resolution_note: resolution === 'kept' ? 'Met with both; agreed on a meeting rhythm that works.' : null,
      handled_by: this.handler,
      handled_at: handledAt,
      new_mentorship_id: newMentorshipId,
      review_id: null,
      created_at: this.context.stamp,
      updated_at: this.context.stamp,
    });
  }
}

function key(mentorId: number, menteeId: number, kind: MentorshipKind): string {
  return `${mentorId}:${menteeId}:${kind}`;
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
