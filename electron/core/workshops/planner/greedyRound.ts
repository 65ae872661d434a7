import { perfectMatching } from './matching';
import { shuffled } from './random';
import { pairCost, type Room } from './room';

/** Larger than any round's total cost, so every weight the matching sees is positive. */
const weightBase = 1_000_000_000_000;

/**
 * One round chosen on its own: the round's trio when the count is odd (see
 * planTrios), then a maximum-weight perfect matching of everyone else, weighing each pair at `weightBase`
 * minus its cost and a seeded jitter. The matching is exact, so a repeat,
 * a known pair or a shared department appears only when every pairing of
 * the round needs one.
 */
export function greedyRound(room: Room, trio: readonly number[], random: () => number): number[][] {
  const everyone = shuffled(
    Array.from({ length: room.size }, (_, i) => i),
    random,
  );
  const rest = everyone.filter((person) => !trio.includes(person));
  const mate = perfectMatching(
    rest.length,
    (a, b) => weightBase - room.cost(rest[a]!, rest[b]!) - Math.floor(random() * pairCost.jitter),
  );
  const groups: number[][] = [];
  mate.forEach((partner, person) => {
    if (person < partner) groups.push([rest[person]!, rest[partner]!]);
  });
  if (trio.length > 0) groups.push([...trio]);
  return groups;
}

/**
 * The trios of the rounds to come, chosen before any pair: each round's trio
 * is picked as the rounds go (see chooseTrio) on a room that seats only the
 * trios, so trios never share a pair, and the pairs of a later trio can be
 * kept out of the earlier rounds' pairs. Choosing the trio inside each round
 * instead lets the rounds use up the pairs the last people waiting for their
 * trio would need.
 */
export function planTrios(room: Room, rounds: number, random: () => number): number[][] {
  if (room.size % 2 === 0) return Array.from({ length: rounds }, () => []);
  const order = Array.from({ length: room.size }, (_, i) => i);
  return Array.from({ length: rounds }, () => {
    const trio = chooseTrio(room, shuffled(order, random), random);
    room.seat(trio);
    return trio;
  });
}

/**
 * The trio of an odd round. Its members come from those who have been in
 * the fewest trios, so nobody is in a second trio before everyone has been
 * in one (when fewer than three are left, the next fewest fill it); among
 * them, the three whose pairs cost least together.
 */
export function chooseTrio(room: Room, order: readonly number[], random: () => number): number[] {
  const byTurns = [...order].sort((a, b) => room.trios[a]! - room.trios[b]!);
  const third = byTurns[2]!;
  const eligible = byTurns.filter((person) => room.trios[person]! <= room.trios[third]!);
  let best: number[] = byTurns.slice(0, 3);
  let bestCost = Infinity;
  const fewest = room.trios[byTurns[0]!]!;
  // The people still waiting for their turn must all be in this trio when no more than three are left.
  const waiting = eligible.filter((person) => room.trios[person] === fewest);
  const mustInclude = waiting.length <= 3 ? waiting : [];
  for (let x = 0; x < eligible.length; x++) {
    for (let y = x + 1; y < eligible.length; y++) {
      const [a, b] = [eligible[x]!, eligible[y]!];
      const ab = room.cost(a, b);
      if (ab >= bestCost) continue;
      for (let z = y + 1; z < eligible.length; z++) {
        const c = eligible[z]!;
        if (mustInclude.some((person) => person !== a && person !== b && person !== c)) continue;
        const total = ab + room.cost(a, c) + room.cost(b, c) + Math.floor(random() * pairCost.jitter);
        if (total < bestCost) {
          bestCost = total;
          best = [a, b, c];
        }
      }
    }
  }
  return best;
}
