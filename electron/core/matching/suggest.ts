import type { MatchContext, MatchPerson, MenteeFacts } from './model';
import { exclusionMessage, reasonChips } from './reasons';
import { exclusionsOf, isAllowed, type ExclusionCode } from './rules';
import { basePoints, loadPoints, scorePair, weightsFor, type PairScore } from './score';
import { scoreScale } from './settings';

/**
 * The best mentors for one mentee, with why, and the people left out with
 * why. Pure and deterministic: ties go to the mentor with fewer mentees,
 * then by name, then by id.
 */

export interface Suggestion {
  mentor: MatchPerson;
  score: PairScore;
  reasons: string[];
}

export interface LeftOut {
  mentor: MatchPerson;
  codes: ExclusionCode[];
  messages: string[];
  /** What the pair would score, were it allowed (thousandths). */
  points: number;
  /** The mentee asked for this person by name. */
  named: boolean;
}

export interface SuggestPlan {
  suggestions: Suggestion[];
  /** The people left out who matter most: those asked for by name, then those who would have scored best. */
  leftOut: LeftOut[];
  leftOutCount: number;
  /** How many were left out, by their main (first) reason. */
  leftOutByReason: Partial<Record<ExclusionCode, number>>;
  /** People who pass every rule and reach the minimum score. */
  eligibleCount: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function suggestMentors(
  mentee: MenteeFacts,
  pool: readonly MatchPerson[],
  context: MatchContext,
  limit: number,
  leftOutLimit: number,
): SuggestPlan {
  const weights = weightsFor(mentee, context.settings.weights);
  const minPoints = Math.round(context.settings.minScore * scoreScale);
  const eligible: { mentor: MatchPerson; points: number }[] = [];
  const leftOut: Omit<LeftOut, 'messages'>[] = [];
  for (const mentor of pool) {
    // Points first (no parts yet): only the people shown need their parts and words.
    const points = basePoints(mentee, mentor, weights) + loadPoints(weights, mentor, mentor.mentees);
    const codes = isAllowed(mentee, mentor, context) ? [] : exclusionsOf(mentee, mentor, context);
    if (codes.length === 0 && points < minPoints) codes.push('BELOW_MIN_SCORE');
    if (codes.length === 0) {
      eligible.push({ mentor, points });
      continue;
    }
    if (codes[0] === 'SAME_PERSON') continue;
    leftOut.push({ mentor, codes, points, named: mentee.request?.mentorIds.has(mentor.id) ?? false });
  }
  eligible.sort(
    (a, b) =>
      b.points - a.points ||
      a.mentor.mentees - b.mentor.mentees ||
      collator.compare(a.mentor.name, b.mentor.name) ||
      a.mentor.id - b.mentor.id,
  );
  leftOut.sort(
    (a, b) =>
      Number(b.named) - Number(a.named) ||
      b.points - a.points ||
      collator.compare(a.mentor.name, b.mentor.name) ||
      a.mentor.id - b.mentor.id,
  );
  const leftOutByReason: SuggestPlan['leftOutByReason'] = {};
  for (const person of leftOut) leftOutByReason[person.codes[0]!] = (leftOutByReason[person.codes[0]!] ?? 0) + 1;
  // Words only for what is shown.
  return {
    suggestions: eligible.slice(0, limit).map(({ mentor }) => {
      const score = scorePair(mentee, mentor, weights);
      return { mentor, score, reasons: reasonChips(mentee, mentor, score, mentor.mentees) };
    }),
    leftOut: leftOut.slice(0, leftOutLimit).map((person) => ({
      ...person,
      messages: person.codes.map((code) => exclusionMessage(code, mentee, person.mentor, context, person.points)),
    })),
    leftOutCount: leftOut.length,
    leftOutByReason,
    eligibleCount: eligible.length,
  };
}
