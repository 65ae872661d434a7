import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCohort } from '../../../electron/core/matching/cohort';
import type { MatchPerson, MenteeFacts } from '../../../electron/core/matching/model';
import { isAllowed } from '../../../electron/core/matching/rules';
import { basePoints, loadPoints, weightsFor } from '../../../electron/core/matching/score';
import { factsOf, rosterArb, type RawRoster } from './randomRosters';

/**
 * The cohort's optimum, checked against trying every assignment on rosters
 * small enough for that: 8 mentees and mentors with 8 free seats between
 * them. "Best" is what Trellis promises: the most mentees matched, then the
 * highest total score; a mentor's k-th new mentee scores with the k before.
 */
const runs = { numRuns: 60, seed: 808 };

/** Eight mentees (people 1–8) and mentors whose free seats add up to eight. */
const smallCohorts = fc
  .tuple(rosterArb({ people: [8, 8], mentees: [8, 8] }), rosterArb({ people: [5, 5], mentees: [0, 0] }))
  .chain(([mentees, mentors]) =>
    fc.constantFrom([1, 1, 2, 2, 2], [2, 2, 2, 1, 1], [3, 2, 1, 1, 1], [1, 1, 1, 1, 4]).map((seats) => {
      const people = [
        ...mentees.people,
        ...mentors.people.map((p, i) => ({
          ...p,
          id: 9 + i,
          active: true,
          available: true,
          mentees: p.mentees % 2,
          capacity: (p.mentees % 2) + seats[i]!,
        })),
      ];
      return { ...mentees, people, menteeIds: [1, 2, 3, 4, 5, 6, 7, 8] } satisfies RawRoster;
    }),
  );

interface Best {
  matched: number;
  total: number;
}

function bruteForce(mentees: MenteeFacts[], mentors: MatchPerson[], roster: RawRoster): Best {
  const minPoints = Math.round(roster.settings.minScore * 1000);
  const context = { settings: roster.settings, today: '2026-03-02' };
  const weights = mentees.map((m) => weightsFor(m, roster.settings.weights));
  const options = mentees.map((mentee, i) =>
    mentors
      .map((mentor, j) => ({ j, base: basePoints(mentee, mentor, weights[i]!) }))
      .filter(({ j }) => isAllowed(mentee, mentors[j]!, context)),
  );
  const chosen: number[][] = mentors.map(() => []);
  let best: Best = { matched: 0, total: 0 };

  const evaluate = () => {
    let matched = 0;
    let total = 0;
    for (const [j, bases] of chosen.entries()) {
      const mentor = mentors[j]!;
      // Feasible seats exist iff giving the best seats to the lowest base scores works.
      const sorted = [...bases].sort((a, b) => a - b);
      for (const [k, base] of sorted.entries()) {
        const points = base + loadPoints(weights[0]!, mentor, mentor.mentees + k);
        if (points < minPoints) return;
        total += points;
        matched++;
      }
    }
    if (matched > best.matched || (matched === best.matched && total > best.total)) best = { matched, total };
  };

  const visit = (i: number) => {
    if (i === mentees.length) return evaluate();
    visit(i + 1);
    for (const { j, base } of options[i]!) {
      if (mentors[j]!.mentees + chosen[j]!.length >= mentors[j]!.capacity) continue;
      chosen[j]!.push(base);
      visit(i + 1);
      chosen[j]!.pop();
    }
  };
  visit(0);
  return best;
}

describe('cohort matching is optimal', () => {
  it('on 8 mentees × 8 seats it matches as many and scores as high a total as the best of every assignment', () => {
    fc.assert(
      fc.property(smallCohorts, (roster) => {
        const { pool, mentees, context } = factsOf(roster);
        const mentors = pool.filter((p) => p.id > 8);
        const plan = planCohort({ mentees, pool: mentors, context });
        const best = bruteForce(mentees, mentors, roster);
        expect({ matched: plan.pairs.length, total: plan.totalPoints }).toEqual(best);
      }),
      runs,
    );
  });

  it('leaving out the mentors that cannot matter changes nothing (larger rosters, with and without pruning)', () => {
    fc.assert(
      fc.property(rosterArb({ people: [30, 45], mentees: [10, 20] }), (roster) => {
        const { pool, mentees, context } = factsOf(roster);
        const prunedPlan = planCohort({ mentees, pool, context });
        const fullPlan = planCohort({ mentees, pool, context, prune: false });
        expect([prunedPlan.pairs.length, prunedPlan.totalPoints]).toEqual([
          fullPlan.pairs.length,
          fullPlan.totalPoints,
        ]);
      }),
      { numRuns: 100, seed: 4242 },
    );
  });
});
