import type { ReadableDb } from '../../../../db/handles';
import { minimumGroupSize } from '../../surveys/contract';
import type { Period } from '../../personMentoring/record';

type Db = ReadableDb;

export interface SatisfactionSummary {
  question: string;
  surveys: string[];
  /** Mentees who answered (each counted once, with their latest answer). */
  answered: number;
  /** Answered above the middle of the scale ("Satisfied", "Very satisfied"). */
  satisfied: number;
  mean: number;
  scale: string[];
}

/**
 * How the person's mentees rated their satisfaction with mentoring, from the
 * annual mentoring survey(s) run in the period's years.
 *
 * Surveys record who answered, not which mentor they were thinking of: the
 * satisfaction question is about the respondent's mentoring as a whole. So
 * this counts the answers of the people this person mentored in the period
 * (their latest answer in those years), on rating-scale questions of annual
 * surveys whose wording asks about satisfaction. Fewer than five mentees
 * answering gives no summary at all (the office's rule for every report),
 * so no one mentee's answer can be read off the letter.
 */
export async function mentorSatisfaction(
  db: Db,
  menteeIds: number[],
  period: Period,
): Promise<SatisfactionSummary | null> {
  if (menteeIds.length < minimumGroupSize) return null;
  const firstYear = Number(period.from.slice(0, 4));
  const lastYear = Number(period.to.slice(0, 4));
  const questions = await db
    .selectFrom('survey_questions as q')
    .innerJoin('surveys as s', 's.id', 'q.survey_id')
    .select(['q.survey_id', 'q.position', 'q.text', 'q.options', 's.name as survey', 's.year'])
    .where('s.kind', '=', 'annual')
    .where('s.year', '>=', firstYear)
    .where('s.year', '<=', lastYear)
    .where('q.type', '=', 'likert')
    .where('q.text', 'like', '%satisf%')
    .orderBy('s.year')
    .orderBy('q.position')
    .execute();
  if (questions.length === 0) return null;
  // One satisfaction question per survey: the first one asked.
  const perSurvey = new Map<number, (typeof questions)[number]>();
  for (const q of questions) if (!perSurvey.has(q.survey_id)) perSurvey.set(q.survey_id, q);
  const chosen = [...perSurvey.values()];
  const responses = await db
    .selectFrom('survey_responses')
    .select(['survey_id', 'faculty_id', 'answers'])
    .where(
      'survey_id',
      'in',
      chosen.map((q) => q.survey_id),
    )
    .where('faculty_id', 'in', menteeIds)
    .where('superseded', '=', 0)
    .execute();

  const yearOf = new Map(chosen.map((q) => [q.survey_id, q.year]));
  const latest = new Map<number, { year: number; ordinal: number; scaleLength: number }>();
  for (const response of responses) {
    const question = perSurvey.get(response.survey_id)!;
    const answer = (JSON.parse(response.answers) as Record<string, unknown>)[String(question.position)];
    if (!Array.isArray(answer) || typeof answer[0] !== 'number') continue;
    const year = yearOf.get(response.survey_id)!;
    const previous = latest.get(response.faculty_id!);
    if (previous && previous.year > year) continue;
    const scaleLength = (JSON.parse(question.options) as string[]).length;
    latest.set(response.faculty_id!, { year, ordinal: answer[0], scaleLength });
  }
  if (latest.size < minimumGroupSize) return null;
  const answers = [...latest.values()];
  const scale = JSON.parse(chosen[chosen.length - 1]!.options) as string[];
  return {
    question: chosen[chosen.length - 1]!.text,
    surveys: chosen.map((q) => q.survey),
    answered: answers.length,
    satisfied: answers.filter((a) => a.ordinal > Math.ceil(a.scaleLength / 2)).length,
    mean: answers.reduce((sum, a) => sum + a.ordinal, 0) / answers.length,
    scale,
  };
}
