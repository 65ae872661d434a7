import { TrellisError } from '../../common/errors';
import { bestAssignment, type SeatOption } from './assignment';
import { explainUnmatched, type UnmatchedReason } from './unmatched';
import type { MatchContext, MatchPerson, MenteeFacts, PairRef } from './model';
import { reasonChips, ruleWords } from './reasons';
import { exclusionsOf, isAllowed } from './rules';
import { basePoints, loadPoints, scorePair, weightsFor, type MenteeWeights, type PairScore } from './score';
import { criteria, scoreScale } from './settings';

/**
 * Matching a whole cohort at once (issue 15): every mentee gets at most one
 * new mentor; every mentor takes at most their free places; no pair breaks a
 * hard rule or scores below the program's minimum. Among all such
 * assignments Trellis picks one that matches the most mentees and, among
 * those, has the highest total score — nobody is left without a mentor just
 * to raise the total. Pure and deterministic: the input is put in id order
 * first, so the same records give the same proposal.
 *
 * A mentor's places are seats 0, 1, 2…; the k-th new mentee's score counts
 * the mentor's load with the k before, so the load spreads within the
 * cohort too. Locked pairs take their mentor's first seats.
 */

export interface CohortInput {
  mentees: readonly MenteeFacts[];
  pool: readonly MatchPerson[];
  context: MatchContext;
  locks?: readonly PairRef[];
  exclusions?: readonly PairRef[];
  /** Off only in tests that check the pruning changes nothing. */
  prune?: boolean;
}

export interface CohortPair {
  mentee: MenteeFacts;
  mentor: MatchPerson;
  score: PairScore;
  /** The mentor's mentees before this one (current ones, locked ones, and earlier seats of this cohort). */
  menteesBefore: number;
  locked: boolean;
  reasons: string[];
}

export interface CohortPlan {
  pairs: CohortPair[];
  unmatched: { mentee: MenteeFacts; reason: UnmatchedReason }[];
  /** Sum of the pairs' scores, in thousandths. */
  totalPoints: number;
}

const byId = <T extends { id: number }>(a: T, b: T) => a.id - b.id;
const maxGain = scoreScale + criteria.length;

export function planCohort(input: CohortInput): CohortPlan {
  const { context } = input;
  const mentees = [...input.mentees].sort((a, b) => a.person.id - b.person.id);
  const pool = [...input.pool].sort(byId);
  const poolById = new Map(pool.map((p) => [p.id, p]));
  const excluded = new Map<number, Set<number>>();
  for (const { menteeId, mentorId } of input.exclusions ?? [])
    excluded.set(menteeId, (excluded.get(menteeId) ?? new Set()).add(mentorId));
  const minPoints = Math.round(context.settings.minScore * scoreScale);

  const locked = lockedPairs(mentees, poolById, input.locks ?? [], excluded, context);
  const lockedAt = new Map<number, number>();
  for (const pair of locked) lockedAt.set(pair.mentor.id, (lockedAt.get(pair.mentor.id) ?? 0) + 1);
  const open = mentees.filter((m) => !locked.some((pair) => pair.mentee === m));

  const seats: { mentor: MatchPerson; index: number }[] = [];
  const seatIndex = new Map<string, number>();
  const seatOf = (mentor: MatchPerson, k: number) => {
    const key = `${mentor.id}:${k}`;
    let index = seatIndex.get(key);
    if (index === undefined) {
      index = seats.length;
      seats.push({ mentor, index: k });
      seatIndex.set(key, index);
    }
    return index;
  };

  const weights = new Map<MenteeFacts, MenteeWeights>();
  // The load part is the same for every mentee (see score.ts), so each seat's load points are worked out once.
  const seatLoads = new Map<number, number[]>();
  const loadsOf = (mentor: MatchPerson, w: MenteeWeights) => {
    let loads = seatLoads.get(mentor.id);
    if (!loads) {
      const already = mentor.mentees + (lockedAt.get(mentor.id) ?? 0);
      loads = Array.from({ length: Math.max(0, mentor.capacity - already) }, (_, k) =>
        loadPoints(w, mentor, already + k),
      );
      seatLoads.set(mentor.id, loads);
    }
    return loads;
  };
  const rows: SeatOption[][] = open.map((mentee) => {
    const w = weightsFor(mentee, context.settings.weights);
    weights.set(mentee, w);
    const excludedHere = excluded.get(mentee.person.id);
    const items: SeatItem[] = [];
    for (const mentor of pool) {
      if (!isAllowed(mentee, mentor, context, lockedAt.get(mentor.id) ?? 0)) continue;
      if (excludedHere?.has(mentor.id)) continue;
      const base = basePoints(mentee, mentor, w);
      const loads = loadsOf(mentor, w);
      for (let k = 0; k < loads.length; k++) {
        const gain = base + loads[k]!;
        // Later seats score lower still.
        if (gain < minPoints) break;
        items.push({ mentor, k, gain });
      }
    }
    const kept = input.prune === false ? items : bestSeats(items, open.length);
    return kept.map((item) => ({ seat: seatOf(item.mentor, item.k), gain: item.gain }));
  });

  const chosen = bestAssignment(rows, seats.length, maxGain);
  const newBy = new Map<number, { mentee: MenteeFacts; seat: number }[]>();
  const unmatched: CohortPlan['unmatched'] = [];
  open.forEach((mentee, r) => {
    const seat = chosen[r]!;
    if (seat < 0) {
      unmatched.push({
        mentee,
        reason: explainUnmatched(mentee, pool, context, lockedAt, excluded, weights.get(mentee)!),
      });
      return;
    }
    const mentor = seats[seat]!.mentor;
    const list = newBy.get(mentor.id) ?? [];
    list.push({ mentee, seat: seats[seat]!.index });
    newBy.set(mentor.id, list);
  });

  const pairs = [...locked];
  for (const [mentorId, list] of newBy) {
    const mentor = poolById.get(mentorId)!;
    // Seats in order: equal loads can leave a gap when two seats score the same; close it.
    list.sort((a, b) => a.seat - b.seat || a.mentee.person.id - b.mentee.person.id);
    list.forEach(({ mentee }, k) => {
      const before = mentor.mentees + (lockedAt.get(mentorId) ?? 0) + k;
      pairs.push(pairOf(mentee, mentor, weights.get(mentee)!, before, false));
    });
  }
  pairs.sort(byMentee);
  unmatched.sort((a, b) => byMentee(a, b));
  return { pairs, unmatched, totalPoints: pairs.reduce((sum, pair) => sum + pair.score.points, 0) };
}

interface SeatItem {
  mentor: MatchPerson;
  /** The mentor's k-th new place in this cohort. */
  k: number;
  gain: number;
}

/**
 * The seats that can matter for one mentee: their n best, n being the
 * number of mentees to match. The others fill at most n − 1 seats, so one of
 * these n is always free for this mentee and worth at least any seat left
 * out: no optimum needs a seat outside them. Keeps the flow to n pairs per
 * mentee instead of the whole faculty.
 */
function bestSeats(items: SeatItem[], mentees: number): SeatItem[] {
  if (items.length <= mentees) return items;
  // Points are whole numbers in a small range: count them to find the n-th best, instead of sorting.
  const counts = new Int32Array(maxGain + 1);
  for (const item of items) counts[item.gain]!++;
  let threshold = maxGain;
  for (let seen = counts[maxGain]!; seen < mentees; seen += counts[threshold]!) threshold--;
  let roomAtThreshold = mentees - items.filter((item) => item.gain > threshold).length;
  // Items arrive in mentor-id and seat order, so equal seats are kept the same way every time.
  return items.filter((item) => item.gain > threshold || (item.gain === threshold && roomAtThreshold-- > 0));
}

function lockedPairs(
  mentees: MenteeFacts[],
  poolById: Map<number, MatchPerson>,
  locks: readonly PairRef[],
  excluded: ReadonlyMap<number, ReadonlySet<number>>,
  context: MatchContext,
): CohortPair[] {
  const menteeById = new Map(mentees.map((m) => [m.person.id, m]));
  const lockedAt = new Map<number, number>();
  return [...locks]
    .sort((a, b) => a.menteeId - b.menteeId)
    .map((lock) => {
      const mentee = menteeById.get(lock.menteeId);
      const mentor = poolById.get(lock.mentorId);
      if (!mentee || !mentor) {
        throw new TrellisError(
          'MATCH_LOCK_NOT_ALLOWED',
          'A locked pair names someone who is not among this cohort’s mentees or in its mentor pool. Unlock it, or add them.',
        );
      }
      const already = lockedAt.get(mentor.id) ?? 0;
      const broken = exclusionsOf(mentee, mentor, context, already);
      if (excluded.get(lock.menteeId)?.has(lock.mentorId)) broken.push('EXCLUDED_BY_OFFICE');
      if (broken.length > 0) {
        throw new TrellisError(
          'MATCH_LOCK_NOT_ALLOWED',
          `${mentor.name} can no longer be locked as ${mentee.person.name}’s mentor (${ruleWords[broken[0]!]}). Unlock the pair and run again.`,
        );
      }
      lockedAt.set(mentor.id, already + 1);
      return pairOf(mentee, mentor, weightsFor(mentee, context.settings.weights), mentor.mentees + already, true);
    });
}

function pairOf(
  mentee: MenteeFacts,
  mentor: MatchPerson,
  weights: MenteeWeights,
  menteesBefore: number,
  locked: boolean,
): CohortPair {
  const score = scorePair(mentee, mentor, weights, menteesBefore);
  return { mentee, mentor, score, menteesBefore, locked, reasons: reasonChips(mentee, mentor, score, menteesBefore) };
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

function byMentee(a: { mentee: MenteeFacts }, b: { mentee: MenteeFacts }): number {
  return collator.compare(a.mentee.person.name, b.mentee.person.name) || a.mentee.person.id - b.mentee.person.id;
}
