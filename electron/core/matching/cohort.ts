import { TrellisError } from '../../common/errors';
import { bestAssignment, type SeatOption } from './assignment';
import { explainUnmatched, type UnmatchedReason } from './unmatched';
import { pairKey, type MatchContext, type MatchPerson, type MenteeFacts, type PairRef } from './model';
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
  const excluded = new Set((input.exclusions ?? []).map(pairKey));
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
  const rows: SeatOption[][] = open.map((mentee) => {
    const w = weightsFor(mentee, context.settings.weights);
    weights.set(mentee, w);
    const candidates: Candidate[] = [];
    for (const mentor of pool) {
      const already = lockedAt.get(mentor.id) ?? 0;
      if (excluded.has(pairKey({ menteeId: mentee.person.id, mentorId: mentor.id }))) continue;
      if (!isAllowed(mentee, mentor, context, already)) continue;
      const free = mentor.capacity - mentor.mentees - already;
      const base = basePoints(mentee, mentor, w);
      const gains = Array.from({ length: free }, (_, k) => base + loadPoints(w, mentor, mentor.mentees + already + k));
      const allowed = gains.filter((gain) => gain >= minPoints).length;
      if (allowed > 0) candidates.push({ mentor, gains, allowed });
    }
    const kept = input.prune === false ? candidates : pruned(candidates, open.length);
    return kept.flatMap((c) => c.gains.slice(0, c.allowed).map((gain, k) => ({ seat: seatOf(c.mentor, k), gain })));
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

interface Candidate {
  mentor: MatchPerson;
  /** Points in each free seat, best first. */
  gains: number[];
  /** How many of those seats reach the minimum score (always the first ones). */
  allowed: number;
}

/**
 * The candidates that can matter for one mentee. Take the mentors all of
 * whose free seats reach the minimum, by their worst seat's points, until
 * they offer as many seats as there are mentees (T: the last one's worst
 * seat). The other mentees can fill at most all but one of those seats, so
 * one is always free for this mentee and worth at least T: a mentor whose
 * best seat is worth no more than T is never needed for an optimum. Keeps
 * the flow to a few hundred pairs per mentee instead of the whole faculty.
 */
function pruned(candidates: Candidate[], mentees: number): Candidate[] {
  const worst = (c: Candidate) => c.gains[c.gains.length - 1]!;
  const full = candidates
    .filter((c) => c.allowed === c.gains.length)
    .sort((a, b) => worst(b) - worst(a) || a.mentor.id - b.mentor.id);
  let seatsSoFar = 0;
  let threshold: number | null = null;
  const core = new Set<Candidate>();
  for (const c of full) {
    core.add(c);
    seatsSoFar += c.gains.length;
    if (seatsSoFar >= mentees) {
      threshold = worst(c);
      break;
    }
  }
  if (threshold === null) return candidates;
  const t = threshold;
  return candidates.filter((c) => core.has(c) || c.gains[0]! > t);
}

function lockedPairs(
  mentees: MenteeFacts[],
  poolById: Map<number, MatchPerson>,
  locks: readonly PairRef[],
  excluded: Set<string>,
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
      if (excluded.has(pairKey(lock))) broken.push('EXCLUDED_BY_OFFICE');
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
