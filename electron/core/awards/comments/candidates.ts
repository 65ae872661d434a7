import type { ReadableDb } from '../../../../db/handles';
import type { CandidateComment, SelectedComment } from '../contract';
import { anonymiseComment } from './anonymise';

/**
 * Comments a nomination packet may quote: free-text survey answers written
 * by people the nominee mentored (any kind of mentorship where the nominee
 * was the mentor, at any time). Respondents are never named; their own name
 * and email are taken out of the text. Nothing reaches a packet unless staff
 * select it.
 */

interface FreeTextAnswer {
  responseId: number;
  surveyId: number;
  surveyName: string;
  surveyYear: number;
  questionKey: string;
  questionText: string;
  text: string;
}

async function mentorsFreeText(db: ReadableDb, nomineeId: number): Promise<FreeTextAnswer[]> {
  const responses = await db
    .selectFrom('survey_responses as r')
    .innerJoin('surveys as s', 's.id', 'r.survey_id')
    .innerJoin('faculty as f', 'f.id', 'r.faculty_id')
    .select(['r.id', 'r.survey_id', 'r.answers', 's.name as survey_name', 's.year', 'f.name', 'f.email'])
    .where('r.superseded', '=', 0)
    .where('r.faculty_id', 'in', (eb) =>
      eb.selectFrom('mentorships').select('mentee_id').where('mentor_id', '=', nomineeId),
    )
    .where('r.faculty_id', '!=', nomineeId)
    .orderBy('s.year', 'desc')
    .orderBy('r.id')
    .execute();
  if (responses.length === 0) return [];
  const questions = await db
    .selectFrom('survey_questions')
    .select(['survey_id', 'position', 'key', 'text'])
    .where('type', '=', 'text')
    .where('survey_id', 'in', [...new Set(responses.map((r) => r.survey_id))])
    .orderBy('position')
    .execute();
  const answers: FreeTextAnswer[] = [];
  for (const response of responses) {
    const given = JSON.parse(response.answers) as Record<string, unknown>;
    for (const question of questions.filter((q) => q.survey_id === response.survey_id)) {
      const value = given[question.position];
      if (typeof value !== 'string' || value.trim() === '') continue;
      answers.push({
        responseId: response.id,
        surveyId: response.survey_id,
        surveyName: response.survey_name,
        surveyYear: response.year,
        questionKey: question.key,
        questionText: question.text,
        text: anonymiseComment(value.trim(), { name: response.name, email: response.email }),
      });
    }
  }
  return answers;
}

export async function selectedComments(db: ReadableDb, nominationId: number): Promise<SelectedComment[]> {
  const rows = await db
    .selectFrom('nomination_comments')
    .select(['id', 'survey_id', 'question_key', 'text', 'position'])
    .where('nomination_id', '=', nominationId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    surveyId: r.survey_id,
    questionKey: r.question_key,
    text: r.text,
    position: r.position,
  }));
}

const sameComment = (a: { surveyId: number | null; questionKey: string | null; text: string }, b: FreeTextAnswer) =>
  a.surveyId === b.surveyId && a.questionKey === b.questionKey && a.text === b.text;

export async function candidateComments(
  db: ReadableDb,
  nomineeId: number,
  selected: readonly SelectedComment[],
): Promise<CandidateComment[]> {
  const answers = await mentorsFreeText(db, nomineeId);
  return answers.map((a) => ({
    responseId: a.responseId,
    questionKey: a.questionKey,
    surveyName: a.surveyName,
    surveyYear: a.surveyYear,
    questionText: a.questionText,
    text: a.text,
    selectedId: selected.find((s) => sameComment(s, a))?.id ?? null,
  }));
}

/** One candidate, found again on the server so the text stored is the anonymised text, not what a client sent. */
export async function findCandidate(
  db: ReadableDb,
  nomineeId: number,
  responseId: number,
  questionKey: string,
): Promise<FreeTextAnswer | undefined> {
  const answers = await mentorsFreeText(db, nomineeId);
  return answers.find((a) => a.responseId === responseId && a.questionKey === questionKey);
}
