import type { MatchContext, MatchPerson, MenteeFacts } from './model';
import { exclusionsOf, type ExclusionCode } from './rules';
import { basePoints, loadPoints, type MenteeWeights } from './score';
import { scoreScale } from './settings';

/** Why a mentee of a cohort got no mentor: Trellis leaves them unmatched rather than force a bad pair. */
export const unmatchedCodes = ['NO_ELIGIBLE_MENTOR', 'BELOW_MIN_SCORE', 'SEATS_TAKEN'] as const;
export type UnmatchedCode = (typeof unmatchedCodes)[number];

export interface UnmatchedReason {
  code: UnmatchedCode;
  message: string;
}

const ruleCounts: Partial<Record<ExclusionCode, string>> = {
  RANK_RULE: 'not senior enough under the program’s rank rule',
  AT_CAPACITY: 'at capacity',
  MENTOR_UNAVAILABLE: 'not available to mentor',
  MENTOR_INACTIVE: 'no longer active',
  ALREADY_PAIRED: 'already paired with them',
  NEVER_PAIR: 'on the never-pair list',
  ENDED_THROUGH_CHANGE_REQUEST: 'ended a pair through a change request',
  RECENT_PAIR: 'paired with them recently',
  REPORTS_TO: 'someone they report to',
  EXCLUDED_BY_OFFICE: 'excluded in this review',
  SAME_PERSON: 'themselves',
};

export function explainUnmatched(
  mentee: MenteeFacts,
  pool: readonly MatchPerson[],
  context: MatchContext,
  lockedAt: ReadonlyMap<number, number>,
  excluded: ReadonlyMap<number, ReadonlySet<number>>,
  weights: MenteeWeights,
): UnmatchedReason {
  const mainReasons = new Map<ExclusionCode, number>();
  let eligible = 0;
  let best = -1;
  let reachable = 0;
  const minPoints = Math.round(context.settings.minScore * scoreScale);
  for (const mentor of pool) {
    const already = lockedAt.get(mentor.id) ?? 0;
    const codes = exclusionsOf(mentee, mentor, context, already);
    if (excluded.get(mentee.person.id)?.has(mentor.id)) codes.push('EXCLUDED_BY_OFFICE');
    if (codes.length > 0) {
      mainReasons.set(codes[0]!, (mainReasons.get(codes[0]!) ?? 0) + 1);
      continue;
    }
    eligible++;
    const points = basePoints(mentee, mentor, weights) + loadPoints(weights, mentor, mentor.mentees + already);
    best = Math.max(best, points);
    if (points >= minPoints) reachable++;
  }
  const name = mentee.person.name;
  if (eligible === 0) {
    const counts = [...mainReasons.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([code, n]) => `${n} ${ruleCounts[code] ?? code.toLowerCase()}`);
    return {
      code: 'NO_ELIGIBLE_MENTOR',
      message: `No one in the pool of ${pool.length} may mentor ${name}${counts.length ? `: ${counts.join('; ')}` : ''}.`,
    };
  }
  if (reachable === 0) {
    return {
      code: 'BELOW_MIN_SCORE',
      message: `${eligible} ${eligible === 1 ? 'person' : 'people'} may mentor ${name}, but the best pair scores ${(best / scoreScale).toFixed(2)}, below the program’s minimum of ${context.settings.minScore.toFixed(2)}.`,
    };
  }
  return {
    code: 'SEATS_TAKEN',
    message: `${reachable} ${reachable === 1 ? 'mentor fits' : 'mentors fit'} ${name}, but their places went to other mentees of this cohort, where they served more people or a higher total. Lock a pair or widen the mentor pool to change that.`,
  };
}
