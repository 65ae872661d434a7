import { describe, expect, it } from 'vitest';
import { planRounds, type Round } from '../../../electron/core/workshops/planner/plan';
import { expectTriosRotate, expectWellFormed, pairsOf, people, repeatCount } from './planChecks';

const ids = (n: number) => people(n).map((p) => p.id);
const plan = (n: number, roundCount: number, seed = 1) =>
  planRounds({ people: people(n), roundCount, heldRounds: [], knownPairs: [], seed });

/**
 * With an odd number of people, each round's trio seats three pairs, so the
 * pairs run out sooner than n−1 rounds: at most n(n−1)/(n+3) rounds avoid
 * every repeat (5 people: 2). The trios must also take turns, so with 5 or 7
 * people the second round's trio is three of the four who were paired in the
 * first, and two of them have met: one round is all there is. From 9 people
 * on, the planner keeps every round new for n−7 rounds (the bound is n−4 to n−6).
 */
const repeatFreeOddRounds = (n: number) => (n <= 7 ? 1 : n - 7);

describe('the planner pairs strangers', () => {
  it('for every even n up to 120, n−1 rounds with no pair meeting twice', () => {
    for (let n = 2; n <= 120; n += 2) {
      const rounds = plan(n, n - 1);
      expect(rounds).toHaveLength(n - 1);
      expectWellFormed(rounds, ids(n));
      expect(repeatCount(rounds), `n=${n}`).toBe(0);
    }
  });

  it('for small rooms, every number of rounds up to n−1 is free of repeats (round by round, then round-robin)', () => {
    for (let n = 2; n <= 14; n += 2) {
      for (let rounds = 1; rounds < n; rounds++) expect(repeatCount(plan(n, rounds)), `n=${n} r=${rounds}`).toBe(0);
    }
  });

  it('round by round, up to n/2 rounds never paints itself into a corner', () => {
    for (let n = 16; n <= 64; n += 4) expect(repeatCount(plan(n, n / 2)), `n=${n}`).toBe(0);
  });

  it('odd rooms of 3 to 7: one trio a round, the trio rotating, the first round free of repeats', () => {
    for (const n of [3, 5, 7]) {
      const rounds = plan(n, n - 1);
      expectWellFormed(rounds, ids(n));
      expectTriosRotate(rounds, ids(n));
      expect(repeatCount(rounds.slice(0, repeatFreeOddRounds(n)))).toBe(0);
    }
  });

  for (const [from, to] of [
    [9, 49],
    [51, 79],
    [81, 99],
    [101, 111],
    [113, 119],
  ] as const) {
    it(`odd rooms of ${from} to ${to}: n−7 rounds with no repeat, exactly one trio a round, trios rotating`, () => {
      for (let n = from; n <= to; n += 2) {
        const rounds = plan(n, repeatFreeOddRounds(n));
        expectWellFormed(rounds, ids(n));
        expectTriosRotate(rounds, ids(n));
        expect(repeatCount(rounds), `n=${n}`).toBe(0);
      }
    });
  }

  it('past what an odd room allows, rounds still seat everyone, rotate the trio, and repeat as little as a round can', () => {
    for (const n of [9, 15, 21]) {
      const rounds = plan(n, n - 1);
      expectWellFormed(rounds, ids(n));
      expectTriosRotate(rounds, ids(n));
      // Each later round seats (n+3)/2 pairs; only what the room has left over can be new.
      const seatedPairs = (n - 1) * ((n + 3) / 2);
      expect(repeatCount(rounds)).toBeGreaterThanOrEqual(seatedPairs - (n * (n - 1)) / 2);
      expect(new Set(pairsOf(rounds)).size).toBeGreaterThan(((n * (n - 1)) / 2) * 0.9);
    }
  });

  it('a new seed gives a different plan that is just as good', () => {
    const a = plan(24, 5, 1);
    const b = plan(24, 5, 2);
    expect(pairsOf(a).sort()).not.toEqual(pairsOf(b).sort());
    expect([repeatCount(a), repeatCount(b)]).toEqual([0, 0]);
    expect(plan(24, 5, 1)).toEqual(a);
  });
});

describe('re-planning the rounds still to come', () => {
  it('after two people leave following round 2, the later rounds seat only those present, never pairing anyone again', () => {
    const first = plan(20, 6, 5);
    const held = first.slice(0, 2);
    const present = ids(20).filter((id) => id !== 4 && id !== 11);
    const later = planRounds({
      people: present.map((id) => ({ id, department: null })),
      roundCount: 6,
      heldRounds: held,
      knownPairs: [],
      seed: 9,
    });
    expect(later).toHaveLength(4);
    expectWellFormed(later, present);
    expect(repeatCount([...held, ...later])).toBe(0);
  });

  it('a late arrival joins the rounds to come; trio turns already taken count', () => {
    const first = plan(9, 5, 3);
    const held = first.slice(0, 1);
    const present = [...ids(9), 10];
    const later = planRounds({
      people: present.map((id) => ({ id, department: null })),
      roundCount: 5,
      heldRounds: held,
      knownPairs: [],
      seed: 4,
    });
    expect(later).toHaveLength(4);
    expectWellFormed(later, present);
    expect(repeatCount([...held, ...later])).toBe(0);
    const late = planRounds({
      people: people(11),
      roundCount: 4,
      heldRounds: plan(11, 4, 6).slice(0, 2),
      knownPairs: [],
      seed: 6,
    });
    const allRounds: Round[] = [...plan(11, 4, 6).slice(0, 2), ...late];
    expectTriosRotate(allRounds, ids(11));
  });
});
