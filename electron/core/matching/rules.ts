import { addYears } from '../../common/isoDates';
import { rankSeniority } from '../../common/ranks';
import type { MatchContext, MatchPerson, MenteeFacts } from './model';

/**
 * Who may mentor whom: the hard rules. A pair that breaks any of them is
 * never suggested or proposed, whatever its score. Pure.
 *
 * The codes are listed in the order they are explained: the first one that
 * applies is a person's main reason for being left out.
 */
export const exclusionCodes = [
  'SAME_PERSON',
  'MENTOR_INACTIVE',
  'ALREADY_PAIRED',
  'NEVER_PAIR',
  'ENDED_THROUGH_CHANGE_REQUEST',
  'RECENT_PAIR',
  'REPORTS_TO',
  'RANK_RULE',
  'MENTOR_UNAVAILABLE',
  'AT_CAPACITY',
  'EXCLUDED_BY_OFFICE',
  'BELOW_MIN_SCORE',
] as const;
export type ExclusionCode = (typeof exclusionCodes)[number];

/** Every hard rule the pair breaks, in explanation order; empty when the pair is allowed. */
export function exclusionsOf(
  mentee: MenteeFacts,
  mentor: MatchPerson,
  context: MatchContext,
  /** Mentees already given to this mentor in the same cohort. */
  addedMentees = 0,
): ExclusionCode[] {
  const found: ExclusionCode[] = [];
  if (mentor.id === mentee.person.id) found.push('SAME_PERSON');
  if (!mentor.active) found.push('MENTOR_INACTIVE');
  const history = mentee.history.get(mentor.id);
  if (history?.open) found.push('ALREADY_PAIRED');
  if (mentee.neverWith.has(mentor.id)) found.push('NEVER_PAIR');
  if (history?.endedThroughChangeRequest) found.push('ENDED_THROUGH_CHANGE_REQUEST');
  if (history?.lastEndedOn && endedRecently(history.lastEndedOn, context)) found.push('RECENT_PAIR');
  if (mentee.reportsTo.has(mentor.id)) found.push('REPORTS_TO');
  if (!rankAllowed(mentor, mentee.person, context)) found.push('RANK_RULE');
  if (!mentor.available) found.push('MENTOR_UNAVAILABLE');
  if (mentor.mentees + addedMentees >= mentor.capacity) found.push('AT_CAPACITY');
  return found;
}

/** The same rules as exclusionsOf, answered without building the list (the cohort asks millions of times). */
export function isAllowed(mentee: MenteeFacts, mentor: MatchPerson, context: MatchContext, addedMentees = 0): boolean {
  if (mentor.id === mentee.person.id || !mentor.active || !mentor.available) return false;
  if (mentor.mentees + addedMentees >= mentor.capacity) return false;
  if (!rankAllowed(mentor, mentee.person, context)) return false;
  if (mentee.neverWith.has(mentor.id) || mentee.reportsTo.has(mentor.id)) return false;
  const history = mentee.history.get(mentor.id);
  if (!history) return true;
  return (
    !history.open &&
    !history.endedThroughChangeRequest &&
    !(history.lastEndedOn && endedRecently(history.lastEndedOn, context))
  );
}

function endedRecently(endedOn: string, context: MatchContext): boolean {
  const years = context.settings.recentPairYears;
  return years > 0 && endedOn > addYears(context.today, -years);
}

function rankAllowed(mentor: MatchPerson, mentee: MatchPerson, context: MatchContext): boolean {
  const gap = rankSeniority(mentor.rank) - rankSeniority(mentee.rank);
  switch (context.settings.rankRule) {
    case 'above':
      return gap > 0;
    case 'same_or_above':
      return gap >= 0;
    case 'any':
      return true;
  }
}
