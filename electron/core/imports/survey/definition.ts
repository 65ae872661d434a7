import type { ReadableDb } from '../../../../db/handles';
import { TrellisError } from '../../../common/errors';
import type { QuestionDraft } from '../../surveys/contract';
import { assertSurveyNameFree, getSurvey, prepareQuestions } from '../../surveys/queries';
import type { PreviewInput } from '../contract';
import type { SurveyDefinition } from '../stored';

export async function loadSurveyDefinition(db: ReadableDb, input: PreviewInput): Promise<SurveyDefinition> {
  if (input.surveyId) {
    const survey = await getSurvey(db, input.surveyId);
    return {
      id: survey.id,
      name: survey.name,
      year: survey.year,
      kind: survey.kind,
      questions: survey.questions.map((q) => ({
        key: q.key,
        position: q.position,
        text: q.text,
        type: q.type,
        options: q.options,
        effect: q.effect,
      })),
    };
  }
  if (!input.newSurvey) {
    throw new TrellisError(
      'VALIDATION',
      'Choose the survey these answers belong to, or create a new survey from this file.',
      { surveyId: 'Choose a survey.' },
    );
  }
  await assertSurveyNameFree(db, input.newSurvey.name, input.newSurvey.year);
  const given = input.newSurvey.questions
    ? prepareQuestions(
        input.newSurvey.questions.map(
          (q) => ({ ...q, options: q.options ?? [], effect: q.effect ?? null }) as QuestionDraft,
        ),
      )
    : [];
  return {
    id: null,
    name: input.newSurvey.name,
    year: input.newSurvey.year,
    kind: input.newSurvey.kind,
    questions: given.map((q, position) => ({ ...q, key: q.key!, position })),
  };
}
