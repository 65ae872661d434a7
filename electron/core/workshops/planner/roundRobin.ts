import { shuffled } from './random';
import type { Room } from './room';

/**
 * A whole plan for an even number of people from the round-robin schedule
 * (the "circle method"): one seat fixed, the others turning, gives n−1
 * rounds in which nobody meets anyone twice. Choosing rounds one at a time
 * cannot promise that: after more than n/2 rounds the people someone has
 * not met yet may no longer pair up, so a late round would need a repeat. Any
 * way of seating people on the circle keeps the schedule free of repeats;
 * a seeded start and swaps that never make the plan worse choose a seating
 * that keeps known pairs and shared departments apart where the schedule allows.
 */
export function roundRobinPlan(room: Room, rounds: number, random: () => number): number[][][] {
  const n = room.size;
  if (n % 2 === 1 || rounds > n - 1) throw new Error('A round-robin plan needs an even count and at most n−1 rounds.');
  const hub = n - 1;
  const turning = n - 1;
  // The position met in round r by the person sitting at `position`.
  const partner = (position: number, round: number): number =>
    position === hub ? round : position === round ? hub : (((2 * round - position) % turning) + turning) % turning;
  const seated = shuffled(
    Array.from({ length: n }, (_, i) => i),
    random,
  );
  const costAround = (position: number): number => {
    let total = 0;
    for (let round = 0; round < rounds; round++)
      total += room.cost(seated[position]!, seated[partner(position, round)]!);
    return total;
  };
  // Each swap is judged by the pairs of the two people moved; sideways moves let the search wander.
  const tries = 150 * n;
  for (let attempt = 0; attempt < tries; attempt++) {
    const u = Math.floor(random() * n);
    const v = Math.floor(random() * n);
    if (u === v) continue;
    const before = costAround(u) + costAround(v);
    [seated[u], seated[v]] = [seated[v]!, seated[u]!];
    if (costAround(u) + costAround(v) > before) [seated[u], seated[v]] = [seated[v]!, seated[u]!];
  }
  return Array.from({ length: rounds }, (_, round) => {
    const groups: number[][] = [];
    for (let position = 0; position < n; position++) {
      const other = partner(position, round);
      if (position < other) groups.push([seated[position]!, seated[other]!]);
    }
    return shuffled(groups, random);
  });
}
