/**
 * Each program's matching settings and their defaults. Pure: the contract,
 * the rules and the scoring all read them, and the renderer's settings form
 * uses the same names and limits.
 */

/**
 * Whose rank a mentor must hold, compared with the mentee's: above it (seed
 * 004: mentors are more senior), the same or above, or any (peer programs
 * are the exception).
 */
export const rankRules = ['above', 'same_or_above', 'any'] as const;
export type RankRule = (typeof rankRules)[number];

export const rankRuleLabels: Record<RankRule, string> = {
  above: 'Mentors rank above the mentee',
  same_or_above: 'Mentors rank the same or above',
  any: 'Any rank (peer mentoring)',
};

/** The criteria of a pair's score, in the order they are shown. */
export const criteria = ['interests', 'department', 'request', 'rankGap', 'careerStage', 'load', 'identity'] as const;
export type Criterion = (typeof criteria)[number];

export const criterionLabels: Record<Criterion, string> = {
  interests: 'Shared interests',
  department: 'Department',
  request: 'What the mentee asked for',
  rankGap: 'Rank',
  careerStage: 'Career stage',
  load: 'Spreading the load',
  identity: 'Shared background (mentee opted in)',
};

export type Weights = Record<Criterion, number>;

/**
 * Relative weights (whole numbers; only their proportions matter). Shared
 * interests count most (seed 004: mentees "typically seek out someone with
 * similar clinical, research, or teaching interests").
 */
export const defaultWeights: Weights = {
  interests: 30,
  department: 15,
  request: 15,
  rankGap: 10,
  careerStage: 10,
  load: 10,
  identity: 10,
};

export interface MatchingSettings {
  rankRule: RankRule;
  /** A pair that ended within this many years is not proposed again (0: no limit). */
  recentPairYears: number;
  /** Pairs scoring below this (0–1) are never proposed. */
  minScore: number;
  weights: Weights;
}

export const defaultMatchingSettings: MatchingSettings = {
  rankRule: 'above',
  recentPairYears: 3,
  minScore: 0.4,
  weights: defaultWeights,
};

/** Scores are whole thousandths inside Trellis, so parts add up exactly and ties are exact. */
export const scoreScale = 1000;

export function toScore(points: number): number {
  return points / scoreScale;
}
