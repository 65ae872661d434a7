import { careerStageLabels, rankSeniority } from '../../common/ranks';
import type { MatchContext, MatchPerson, MenteeFacts } from './model';
import type { ExclusionCode } from './rules';
import { sharedKeys, type PairScore } from './score';
import { rankRuleLabels } from './settings';

/**
 * The words beside a suggestion: short chips saying why it scores as it does
 * ("shared: trauma, QI · inside department · one rank above · 1 of 3
 * mentees"), and a sentence for each rule that leaves someone out. Never the
 * office's confidential words: a never-pair entry is named, its reason is not;
 * shared background is counted, never spelled out.
 */

export function reasonChips(mentee: MenteeFacts, mentor: MatchPerson, score: PairScore, menteesBefore: number) {
  const chips: string[] = [];
  const earned = new Set(score.parts.filter((p) => p.points > 0).map((p) => p.criterion));
  if (earned.has('interests')) {
    const shared = sharedKeys(mentee.person.interests, mentor.interests).map((k) => mentee.person.interests.get(k)!);
    chips.push(`shared: ${shared.slice(0, 3).join(', ')}${shared.length > 3 ? ` +${shared.length - 3}` : ''}`);
  }
  if (earned.has('department'))
    chips.push(mentee.hasInsideDepartmentMentor ? 'outside department (has one inside)' : 'inside department');
  if (earned.has('request')) chips.push(requestChip(mentee, mentor));
  if (earned.has('rankGap')) chips.push(rankChip(mentee.person, mentor));
  if (earned.has('careerStage')) {
    const same = mentor.careerStage === mentee.person.careerStage;
    chips.push(same ? `${careerStageLabels[mentor.careerStage].toLowerCase()} colleague` : stageChip(mentor));
  }
  if (earned.has('identity')) chips.push('shared background (opted in)');
  chips.push(`${menteesBefore} of ${mentor.capacity} mentees`);
  return chips;
}

function requestChip(mentee: MenteeFacts, mentor: MatchPerson): string {
  const request = mentee.request!;
  if (request.mentorIds.has(mentor.id)) return 'asked for by name';
  const asked: string[] = [];
  if (request.department !== null && request.department === mentor.department) asked.push('department asked for');
  const topics = sharedKeys(request.topics, mentor.interests).map((k) => request.topics.get(k)!);
  if (topics.length > 0) asked.push(`asked-for topics: ${topics.slice(0, 2).join(', ')}`);
  return asked.join(', ');
}

const stepWords = ['same rank', 'one rank above', 'two ranks above'];

function rankChip(mentee: MatchPerson, mentor: MatchPerson): string {
  const gap = rankSeniority(mentor.rank) - rankSeniority(mentee.rank);
  return stepWords[gap] ?? `${gap} ranks above`;
}

function stageChip(mentor: MatchPerson): string {
  return `${careerStageLabels[mentor.careerStage].toLowerCase()} mentor`;
}

/** Short, non-confidential words for a rule, for messages that name both people. */
export const ruleWords: Record<ExclusionCode, string> = {
  SAME_PERSON: 'the same person',
  MENTOR_INACTIVE: 'no longer active',
  ALREADY_PAIRED: 'already paired',
  NEVER_PAIR: 'on the never-pair list',
  ENDED_THROUGH_CHANGE_REQUEST: 'a pair of theirs ended through a change request',
  RECENT_PAIR: 'their pair ended recently',
  REPORTS_TO: 'the mentee reports to them',
  RANK_RULE: 'the program’s rank rule',
  MENTOR_UNAVAILABLE: 'not available to mentor',
  AT_CAPACITY: 'at capacity',
  EXCLUDED_BY_OFFICE: 'excluded in this review',
  BELOW_MIN_SCORE: 'below the minimum score',
};

/** A plain sentence for one rule that leaves `mentor` out for this mentee. */
export function exclusionMessage(
  code: ExclusionCode,
  mentee: MenteeFacts,
  mentor: MatchPerson,
  context: MatchContext,
  scorePoints?: number,
): string {
  const history = mentee.history.get(mentor.id);
  switch (code) {
    case 'SAME_PERSON':
      return 'This is the mentee.';
    case 'MENTOR_INACTIVE':
      return 'Marked as no longer active.';
    case 'ALREADY_PAIRED':
      return `Already ${mentee.person.name}’s mentor or sponsor (proposed or active).`;
    case 'NEVER_PAIR':
      return 'On the office’s never-pair list for this mentee.';
    case 'ENDED_THROUGH_CHANGE_REQUEST':
      return 'A pair of theirs ended through a change request, which is honoured: they are not paired again.';
    case 'RECENT_PAIR':
      return `Their pair ended on ${history?.lastEndedOn ?? '?'}, within the last ${context.settings.recentPairYears} years.`;
    case 'REPORTS_TO':
      return `${mentee.person.name} reports to them (${mentee.reportsTo.get(mentor.id)}).`;
    case 'RANK_RULE':
      return `${mentor.rank} does not meet the program’s rule for ${mentee.person.rank} mentees: ${rankRuleLabels[context.settings.rankRule].toLowerCase()}.`;
    case 'MENTOR_UNAVAILABLE':
      return 'Not available to mentor at present.';
    case 'AT_CAPACITY':
      return `At capacity: ${mentor.mentees} of ${mentor.capacity} mentees.`;
    case 'EXCLUDED_BY_OFFICE':
      return 'Excluded for this mentee in this review.';
    case 'BELOW_MIN_SCORE':
      return `Scores ${((scorePoints ?? 0) / 1000).toFixed(2)}, below the program’s minimum of ${context.settings.minScore.toFixed(2)}.`;
  }
}
