import { rankSeniority, type CareerStage } from '../../common/ranks';
import type { MatchPerson, MenteeFacts } from './model';
import { criteria, scoreScale, type Criterion, type Weights } from './settings';

/**
 * How good a pair is: a score from 0 to 1 (kept as whole thousandths), the
 * sum of one part per criterion, each part its weight times how well the
 * pair does on it (0–1). Pure and deterministic.
 *
 * A criterion that says nothing about this mentee (no interests listed,
 * nothing asked for, no opt-in to identity criteria) is left out and the
 * others count proportionally more, so every mentee's best pair can reach 1.
 * Spreading the load always keeps its own share: it is the one part that
 * changes as a cohort fills a mentor's seats, so it must weigh the same for
 * every mentee for the cohort's optimum to be exact.
 */

/** Each criterion's weight for this mentee, in thousandths of the score (fractions kept; parts are rounded). */
export type MenteeWeights = Record<Criterion, number>;

export function weightsFor(mentee: MenteeFacts, weights: Weights): MenteeWeights {
  const total = criteria.reduce((sum, c) => sum + weights[c], 0);
  const result = Object.fromEntries(criteria.map((c) => [c, 0])) as MenteeWeights;
  if (total === 0) return result;
  const loadShare = weights.load / total;
  const applicable = criteria.filter((c) => c !== 'load' && appliesTo(c, mentee));
  const applicableTotal = applicable.reduce((sum, c) => sum + weights[c], 0);
  result.load = loadShare * scoreScale;
  if (applicableTotal === 0) return result;
  for (const c of applicable) result[c] = (weights[c] / applicableTotal) * (1 - loadShare) * scoreScale;
  return result;
}

function appliesTo(criterion: Criterion, mentee: MenteeFacts): boolean {
  switch (criterion) {
    case 'interests':
      return mentee.person.interests.size > 0;
    case 'request': {
      const request = mentee.request;
      return request !== null && (request.mentorIds.size > 0 || request.department !== null || request.topics.size > 0);
    }
    case 'identity':
      return identityDimensions(mentee.person).length > 0;
    default:
      return true;
  }
}

export interface ScoredPart {
  criterion: Criterion;
  /** This criterion's share of the score for this mentee (0–1). */
  weight: number;
  /** How well the pair does on it (0–1). */
  value: number;
  /** weight × value, in thousandths: the parts add up to the score exactly. */
  points: number;
}

export interface PairScore {
  /** Thousandths (0–1000). */
  points: number;
  parts: ScoredPart[];
}

/** The whole score with its parts. `menteesBefore`: the mentor's mentees before this pair (the cohort counts its own). */
export function scorePair(
  mentee: MenteeFacts,
  mentor: MatchPerson,
  weights: MenteeWeights,
  menteesBefore = mentor.mentees,
): PairScore {
  const parts = criteria.map((criterion) => {
    const value = valueOf(criterion, mentee, mentor, menteesBefore);
    return {
      criterion,
      weight: Math.round(weights[criterion]) / scoreScale,
      value: Math.round(value * scoreScale) / scoreScale,
      points: Math.round(weights[criterion] * value),
    };
  });
  return { points: parts.reduce((sum, part) => sum + part.points, 0), parts };
}

/** The score without the load part, computed the same way (so base + load = scorePair's points). */
export function basePoints(mentee: MenteeFacts, mentor: MatchPerson, weights: MenteeWeights): number {
  let points = 0;
  for (const criterion of criteria) {
    if (criterion === 'load' || weights[criterion] === 0) continue;
    points += Math.round(weights[criterion] * valueOf(criterion, mentee, mentor, mentor.mentees));
  }
  return points;
}

export function loadPoints(weights: MenteeWeights, mentor: MatchPerson, menteesBefore: number): number {
  return Math.round(weights.load * loadValue(mentor, menteesBefore));
}

export function valueOf(criterion: Criterion, mentee: MenteeFacts, mentor: MatchPerson, menteesBefore: number): number {
  switch (criterion) {
    case 'interests':
      return interestValue(mentee.person.interests, mentor.interests, 3);
    case 'department': {
      const same = mentor.department === mentee.person.department;
      // Seed 004: ideally one mentor inside the department; further ones from either side.
      return mentee.hasInsideDepartmentMentor ? (same ? 0 : 1) : same ? 1 : 0;
    }
    case 'request':
      return requestValue(mentee, mentor);
    case 'rankGap':
      return rankGapValue(rankSeniority(mentor.rank) - rankSeniority(mentee.person.rank));
    case 'careerStage':
      return stageFit[mentee.person.careerStage][mentor.careerStage];
    case 'load':
      return loadValue(mentor, menteesBefore);
    case 'identity':
      return identityValue(mentee.person, mentor);
  }
}

export function sharedKeys(mine: ReadonlyMap<string, string>, theirs: ReadonlyMap<string, string>): string[] {
  const shared: string[] = [];
  for (const key of mine.keys()) if (theirs.has(key)) shared.push(key);
  return shared;
}

/** Shared over the mentee's own (`enough` shared counts as full marks: nobody needs ten in common). */
function interestValue(mine: ReadonlyMap<string, string>, theirs: ReadonlyMap<string, string>, enough: number) {
  if (mine.size === 0 || theirs.size === 0) return 0;
  let shared = 0;
  for (const key of mine.keys()) if (theirs.has(key)) shared++;
  return Math.min(1, shared / Math.min(enough, mine.size));
}

function requestValue(mentee: MenteeFacts, mentor: MatchPerson): number {
  const request = mentee.request;
  if (!request) return 0;
  if (request.mentorIds.has(mentor.id)) return 1;
  const asked: number[] = [];
  if (request.mentorIds.size > 0) asked.push(0);
  if (request.department !== null) asked.push(request.department === mentor.department ? 1 : 0);
  if (request.topics.size > 0) asked.push(interestValue(request.topics, mentor.interests, 2));
  return asked.length === 0 ? 0 : asked.reduce((a, b) => a + b, 0) / asked.length;
}

/** One step above is best (seed 004: mentors are more senior, but close enough to remember the road). */
export function rankGapValue(gap: number): number {
  if (gap === 1) return 1;
  if (gap === 2) return 0.7;
  if (gap >= 3) return 0.4;
  if (gap === 0) return 0.3;
  return 0;
}

/** Seeds 001 and 002: mid-career colleagues for mid-career faculty; early-career faculty do well with either. */
const stageFit: Record<CareerStage, Record<CareerStage, number>> = {
  early: { early: 0.2, mid: 1, late: 0.8 },
  mid: { early: 0, mid: 1, late: 0.8 },
  late: { early: 0, mid: 0.5, late: 1 },
};

function loadValue(mentor: MatchPerson, menteesBefore: number): number {
  if (mentor.capacity <= 0) return 0;
  return Math.max(0, Math.min(1, 1 - menteesBefore / mentor.capacity));
}

type Dimension = 'gender' | 'raceEthnicity' | 'underrepresented' | 'firstGeneration';

/** The identity answers a mentee gave and opted in to matching on. */
function identityDimensions(person: MatchPerson): Dimension[] {
  const identity = person.identity;
  if (!identity?.identityMatchingOptIn) return [];
  const dims: Dimension[] = [];
  if (identity.gender && identity.gender !== 'prefer_not_to_say' && identity.gender !== 'self_described')
    dims.push('gender');
  if (identity.raceEthnicity.some((r) => r !== 'prefer_not_to_say')) dims.push('raceEthnicity');
  if (identity.underrepresented) dims.push('underrepresented');
  if (identity.firstGeneration) dims.push('firstGeneration');
  return dims;
}

function identityValue(mentee: MatchPerson, mentor: MatchPerson): number {
  const dims = identityDimensions(mentee);
  const theirs = mentor.identity;
  if (dims.length === 0 || !theirs) return 0;
  const mine = mentee.identity!;
  const shared = dims.filter((dim) => {
    switch (dim) {
      case 'gender':
        return theirs.gender === mine.gender;
      case 'raceEthnicity':
        return mine.raceEthnicity.some((r) => r !== 'prefer_not_to_say' && theirs.raceEthnicity.includes(r));
      case 'underrepresented':
        return theirs.underrepresented === true;
      case 'firstGeneration':
        return theirs.firstGeneration === true;
    }
  });
  return shared.length / dims.length;
}
