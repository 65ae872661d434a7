import { describe, expect, it } from 'vitest';
import { perfectMatching } from '../../../electron/core/workshops/planner/matching';
import { planRounds } from '../../../electron/core/workshops/planner/plan';
import { seededRandom, shuffled } from '../../../electron/core/workshops/planner/random';
import { expectWellFormed, pairKey, pairsOf, people, repeatCount } from './planChecks';

/**
 * Known pairs (a mentorship, a peer group, an earlier workshop) chosen among
 * the pairs a hidden plan never seats: that plan proves another complete
 * plan exists, so the planner must find one that seats no known pair.
 */
function knownPairsAvoidedBy(hidden: number[][][], n: number, random: () => number) {
  const met = new Set(pairsOf(hidden));
  const known: [number, number][] = [];
  const free = (a: number, b: number) => a !== b && !met.has(pairKey(a, b));
  // Mentorships: a quarter as many pairs as people.
  while (known.length < n / 4) {
    const a = 1 + Math.floor(random() * n);
    const b = 1 + Math.floor(random() * n);
    if (free(a, b)) known.push([a, b]);
  }
  // Peer groups of up to 8 who never meet in the hidden plan: everyone in a group knows everyone else in it.
  for (let g = 0; g < Math.max(1, Math.floor(n / 16)); g++) {
    const group: number[] = [];
    for (const candidate of shuffled(
      Array.from({ length: n }, (_, i) => i + 1),
      random,
    )) {
      if (group.length === 8) break;
      if (group.every((member) => free(member, candidate))) group.push(candidate);
    }
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) known.push([group[x]!, group[y]!]);
  }
  return known;
}

describe('people who already know each other, and departments', () => {
  it('seats no pair that shares a mentorship or a peer group when another complete plan avoids them', () => {
    for (const n of [10, 16, 24, 41, 64, 120]) {
      for (const roundCount of [4, 6]) {
        const random = seededRandom(n * 100 + roundCount);
        const hidden = planRounds({ people: people(n), roundCount, heldRounds: [], knownPairs: [], seed: n });
        const known = knownPairsAvoidedBy(hidden, n, random);
        const rounds = planRounds({ people: people(n), roundCount, heldRounds: [], knownPairs: known, seed: 7 });
        expectWellFormed(
          rounds,
          people(n).map((p) => p.id),
        );
        const seated = new Set(pairsOf(rounds));
        expect(
          known.filter(([a, b]) => seated.has(pairKey(a, b))),
          `n=${n} rounds=${roundCount}`,
        ).toEqual([]);
        expect(repeatCount(rounds)).toBe(0);
      }
    }
  });

  // Someone in the largest department can meet at most n − largest people from elsewhere, so no plan stays mixed for longer.
  it('never pairs two of one department while the largest department is at most half the room (for as many rounds as it allows)', () => {
    const layouts: Record<string, (i: number, n: number) => string> = {
      'two halves': (i, n) => (i < n / 2 ? 'Medicine' : 'Surgery'),
      'half and three others': (i, n) => (i < n / 2 ? 'Medicine' : ['Surgery', 'Pediatrics', 'Psychiatry'][i % 3]!),
      'many small': (i) => `Department ${i % 7}`,
    };
    for (const [name, layout] of Object.entries(layouts)) {
      for (const n of [8, 12, 20, 30, 50, 80, 120]) {
        const room = people(n, (i) => layout(i, n));
        const sizes = new Map<string | null, number>();
        for (const p of room) sizes.set(p.department, (sizes.get(p.department) ?? 0) + 1);
        for (const roundCount of [4, 6].filter((r) => r <= n - Math.max(...sizes.values()))) {
          const department = new Map(room.map((p) => [p.id, p.department]));
          const rounds = planRounds({ people: room, roundCount, heldRounds: [], knownPairs: [], seed: 3 });
          const sameDepartment = rounds.flat().filter((g) => department.get(g[0]!) === department.get(g[1]!));
          expect(sameDepartment, `${name}, n=${n}, rounds=${roundCount}`).toEqual([]);
        }
      }
    }
  });

  it('when one department is more than half the room, pairs as few of its colleagues together as each round can', () => {
    const n = 20;
    const room = people(n, (i) => (i < 14 ? 'Medicine' : 'Surgery'));
    const rounds = planRounds({ people: room, roundCount: 4, heldRounds: [], knownPairs: [], seed: 2 });
    for (const round of rounds) {
      // 6 surgeons can partner 6 of the 14 in medicine; the other 8 pair among themselves.
      expect(round.filter((g) => g.every((id) => id <= 14))).toHaveLength(4);
    }
  });

  it('a repeat is worse than any number of known pairs: in a room of four, round 2 seats the known pair rather than a repeat', () => {
    const rounds = planRounds({ people: people(4), roundCount: 3, heldRounds: [], knownPairs: [[1, 2]], seed: 1 });
    expect(repeatCount(rounds)).toBe(0);
    expect(pairsOf(rounds)).toContain('1-2');
  });
});

describe('the matching each round rests on', () => {
  it('finds the heaviest perfect matching, as trying every pairing does', () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 200; trial++) {
      const size = 2 * (1 + Math.floor(random() * 5));
      const weights = Array.from({ length: size }, () => Array.from({ length: size }, () => 0));
      for (let a = 0; a < size; a++)
        for (let b = a + 1; b < size; b++) weights[a]![b] = weights[b]![a] = Math.floor(random() * 1000);
      const mate = perfectMatching(size, (a, b) => weights[a]![b]!);
      const total = mate.reduce((sum, b, a) => sum + (a < b ? weights[a]![b]! : 0), 0);
      expect(mate.every((b, a) => mate[b] === a && a !== b)).toBe(true);
      expect(total).toBe(bestByTryingAll(weights, [...Array(size).keys()]));
    }
  });
});

function bestByTryingAll(weights: number[][], open: number[]): number {
  if (open.length === 0) return 0;
  const [first, ...rest] = open;
  let best = -Infinity;
  for (const partner of rest) {
    const left = rest.filter((p) => p !== partner);
    best = Math.max(best, weights[first!]![partner]! + bestByTryingAll(weights, left));
  }
  return best;
}
