import { expect } from 'vitest';
import type { Round } from '../../../electron/core/workshops/planner/plan';

/** Everyone of the room at exactly one table per round; pairs, and one trio when the count is odd. */
export function expectWellFormed(rounds: Round[], people: number[]): void {
  for (const round of rounds) {
    const seated = round.flat().sort((a, b) => a - b);
    expect(seated).toEqual([...people].sort((a, b) => a - b));
    const trios = round.filter((group) => group.length === 3).length;
    expect(trios).toBe(people.length % 2 === 1 && people.length > 1 ? 1 : 0);
    expect(round.every((group) => group.length === 2 || group.length === 3)).toBe(true);
  }
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

export function pairsOf(rounds: Round[]): string[] {
  const pairs: string[] = [];
  for (const round of rounds)
    for (const group of round)
      for (let x = 0; x < group.length; x++)
        for (let y = x + 1; y < group.length; y++) pairs.push(pairKey(group[x]!, group[y]!));
  return pairs;
}

/** How many times a pair meets again after their first time. */
export function repeatCount(rounds: Round[]): number {
  const pairs = pairsOf(rounds);
  return pairs.length - new Set(pairs).size;
}

/** After every round, trio turns differ by at most one: nobody has a second trio before everyone has had one. */
export function expectTriosRotate(rounds: Round[], people: number[]): void {
  const turns = new Map(people.map((p) => [p, 0]));
  for (const round of rounds) {
    for (const group of round) if (group.length === 3) for (const p of group) turns.set(p, turns.get(p)! + 1);
    const counts = [...turns.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  }
}

export function people(n: number, department: (i: number) => string | null = () => null) {
  return Array.from({ length: n }, (_, i) => ({ id: i + 1, department: department(i) }));
}
