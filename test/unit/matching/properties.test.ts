import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCohort } from '../../../electron/core/matching/cohort';
import { suggestMentors } from '../../../electron/core/matching/suggest';
import { breaksHardRule, factsOf, rosterArb, type RawRoster } from './randomRosters';

/**
 * Properties of matching over many random rosters (a fixed seed, so every
 * run checks the same rosters): no pair breaks a hard rule, no mentor goes
 * over capacity, every score's parts add up to it, and the same input gives
 * the same output whatever order it arrives in.
 */
const runs = { numRuns: 500, seed: 1515 };
const rosters = rosterArb({ people: [2, 14], mentees: [1, 8] });

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const copy = [...list];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function cohortOf(roster: RawRoster, order = 0) {
  const { pool, mentees, context } = factsOf(roster);
  return planCohort({
    mentees: order ? shuffled(mentees, order) : mentees,
    pool: order ? shuffled(pool, order + 1) : pool,
    context,
  });
}

describe('matching properties over 500 random rosters', () => {
  it('a cohort never proposes a pair that breaks a hard rule or falls below the minimum score', () => {
    fc.assert(
      fc.property(rosters, (roster) => {
        const plan = cohortOf(roster);
        for (const pair of plan.pairs) {
          expect(breaksHardRule(roster, pair.mentee.person.id, pair.mentor.id)).toBeNull();
          expect(pair.score.points).toBeGreaterThanOrEqual(Math.round(roster.settings.minScore * 1000));
        }
      }),
      runs,
    );
  });

  it('a cohort never puts a mentor over capacity, and gives each mentee at most one mentor', () => {
    fc.assert(
      fc.property(rosters, (roster) => {
        const plan = cohortOf(roster);
        const added = new Map<number, number>();
        for (const pair of plan.pairs) added.set(pair.mentor.id, (added.get(pair.mentor.id) ?? 0) + 1);
        for (const [mentorId, count] of added) {
          const mentor = roster.people[mentorId - 1]!;
          expect(mentor.mentees + count).toBeLessThanOrEqual(mentor.capacity);
        }
        const mentees = plan.pairs.map((p) => p.mentee.person.id);
        expect(new Set(mentees).size).toBe(mentees.length);
        expect(plan.pairs.length + plan.unmatched.length).toBe(roster.menteeIds.length);
      }),
      runs,
    );
  });

  it('every score is the sum of its parts, each part its weight times its value', () => {
    fc.assert(
      fc.property(rosters, (roster) => {
        const { pool, mentees, context } = factsOf(roster);
        const plan = cohortOf(roster);
        const scores = [
          ...plan.pairs.map((p) => p.score),
          ...mentees.flatMap((mentee) => suggestMentors(mentee, pool, context, 5, 50).suggestions.map((s) => s.score)),
        ];
        for (const score of scores) {
          expect(score.parts.reduce((sum, part) => sum + part.points, 0)).toBe(score.points);
          for (const part of score.parts) {
            expect(Math.abs(part.points - part.weight * part.value * 1000)).toBeLessThanOrEqual(1.5);
            expect(part.value).toBeGreaterThanOrEqual(0);
            expect(part.value).toBeLessThanOrEqual(1);
          }
          expect(score.points).toBeGreaterThanOrEqual(0);
          expect(score.points).toBeLessThanOrEqual(1000 + score.parts.length);
        }
        expect(plan.totalPoints).toBe(plan.pairs.reduce((sum, p) => sum + p.score.points, 0));
      }),
      runs,
    );
  });

  it('the same roster gives the same cohort, whatever order the people arrive in', () => {
    fc.assert(
      fc.property(rosters, fc.integer({ min: 1, max: 1000 }), (roster, order) => {
        const summary = (plan: ReturnType<typeof cohortOf>) => ({
          pairs: plan.pairs.map((p) => [p.mentee.person.id, p.mentor.id, p.score.points, p.reasons]),
          unmatched: plan.unmatched.map((u) => [u.mentee.person.id, u.reason.code]),
        });
        expect(summary(cohortOf(roster, order))).toEqual(summary(cohortOf(roster)));
      }),
      runs,
    );
  });

  it('suggestions for one mentee break no hard rule, and everyone left out has a reason', () => {
    fc.assert(
      fc.property(rosters, (roster) => {
        const { pool, mentees, context } = factsOf(roster);
        for (const mentee of mentees) {
          const plan = suggestMentors(mentee, pool, context, 5, 100);
          for (const s of plan.suggestions) {
            expect(breaksHardRule(roster, mentee.person.id, s.mentor.id)).toBeNull();
            expect(s.mentor.mentees).toBeLessThan(s.mentor.capacity);
          }
          for (const person of plan.leftOut) {
            expect(person.codes.length).toBeGreaterThan(0);
            expect(person.messages).toHaveLength(person.codes.length);
          }
          expect(plan.eligibleCount + plan.leftOutCount).toBe(pool.length - 1);
          const again = suggestMentors(mentee, [...pool].reverse(), context, 5, 100);
          expect(again.suggestions.map((s) => s.mentor.id)).toEqual(plan.suggestions.map((s) => s.mentor.id));
        }
      }),
      runs,
    );
  });
});
