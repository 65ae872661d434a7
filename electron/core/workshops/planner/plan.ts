import { greedyRound, planTrios } from './greedyRound';
import { seededRandom } from './random';
import { pairCost, Room } from './room';
import { roundRobinPlan } from './roundRobin';

/** Who is at one table in one round: two participant ids, or three for the trio. */
export type Group = number[];
export type Round = Group[];

export interface PlanRequest {
  /** The people in the room now, to seat in the rounds to come. */
  people: { id: number; department: string | null }[];
  /** How many rounds the workshop has in all. */
  roundCount: number;
  /** Rounds already held (or kept), which never change; they may seat people who have left. */
  heldRounds: Round[];
  /** Pairs who already know each other: a mentorship, a peer group, an earlier workshop's pair. */
  knownPairs: Iterable<readonly [number, number]>;
  seed: number;
}

/** How many plans a greedy planner tries when its first has a repeat some other order might avoid. */
const greedyAttempts = 3;

/**
 * Plans the rounds still to come (roundCount − heldRounds.length of them),
 * pairing strangers: no one meets someone twice while any plan avoids it,
 * then as few people who know each other and as few colleagues of one
 * department as the room allows. Pure and deterministic for a given seed.
 *
 * Round by round, an exact maximum-weight matching (see greedyRound) is safe
 * while at most n/2 rounds are planned: everyone then still has at least n/2
 * people they have not met, and a graph like that always pairs everyone
 * (Dirac's theorem). A fresh plan for an even room with more rounds than
 * that uses the round-robin schedule, which reaches n−1 rounds without a
 * repeat. Otherwise (re-planning late rounds, or an odd room, where the trio
 * uses up three pairs a round) the greedy plan is tried with a few seeds and
 * the one with the fewest repeats, then the lowest cost, is kept.
 */
export function planRounds(request: PlanRequest): Round[] {
  const toPlan = request.roundCount - request.heldRounds.length;
  if (toPlan <= 0 || request.people.length < 2) return [];
  const ids = request.people.map((p) => p.id);
  const fresh = (): Room => {
    const room = new Room(
      ids,
      request.people.map((p) => p.department),
      request.knownPairs,
    );
    const index = room.indexes();
    for (const round of request.heldRounds) {
      for (const group of round) {
        const present = group.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
        room.seat(present, group.length === 3);
      }
    }
    return room;
  };
  const n = ids.length;
  const toIds = (rounds: number[][][]) => rounds.map((round) => round.map((group) => group.map((i) => ids[i]!)));

  if (n % 2 === 0 && request.heldRounds.length === 0 && toPlan > n / 2 && toPlan <= n - 1) {
    return toIds(roundRobinPlan(fresh(), toPlan, seededRandom(request.seed)));
  }

  let best: { rounds: number[][][]; cost: number } | null = null;
  for (let attempt = 0; attempt < greedyAttempts; attempt++) {
    const room = fresh();
    const random = seededRandom(request.seed + attempt * 0x9e3779b1);
    const trios = planTrios(fresh(), toPlan, random);
    for (const trio of trios) room.reserve(trio);
    const rounds: number[][][] = [];
    let cost = 0;
    for (let r = 0; r < toPlan; r++) {
      room.reserve(trios[r]!, false);
      const groups = greedyRound(room, trios[r]!, random);
      cost += room.roundCost(groups);
      for (const group of groups) room.seat(group);
      rounds.push(groups);
    }
    if (!best || cost < best.cost) best = { rounds, cost };
    // Without a repeat there is nothing another order could fix that is worth the time.
    if (best.cost < pairCost.repeat) break;
  }
  return toIds(best!.rounds);
}
