import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { HandlerMap } from '../handlers';
import type { QuestionDraft, SurveyEffectsList, SurveyResponseRecord, surveysContract } from './contract';
import { assertSurveyNameFree, getSurvey, insertSurvey, listSurveys, prepareQuestions } from './queries';
import { surveyReport } from './report';

type SurveyOperation = keyof typeof surveysContract;

function answerText(answer: unknown): string | null {
  if (answer === null || answer === undefined) return null;
  if (Array.isArray(answer))
    return typeof answer[0] === 'number' && answer.length === 2 ? String(answer[1]) : answer.join('; ');
  return String(answer);
}

async function responses(
  db: ReadableDb,
  surveyId: number,
  facultyId: number | undefined,
  offset: number,
  limit: number,
): Promise<SurveyResponseRecord[]> {
  const survey = await getSurvey(db, surveyId);
  const rows = await db
    .selectFrom('survey_responses')
    .leftJoin('faculty', 'faculty.id', 'survey_responses.faculty_id')
    .select([
      'survey_responses.id',
      'survey_responses.faculty_id',
      'faculty.name',
      'status',
      'started_at',
      'completed_at',
      'batch_id',
      'answers',
    ])
    .where('survey_id', '=', surveyId)
    .where('superseded', '=', 0)
    .$if(facultyId !== undefined, (q) => q.where('survey_responses.faculty_id', '=', facultyId!))
    .orderBy('survey_responses.id')
    .offset(offset)
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const answers = JSON.parse(r.answers) as Record<number, unknown>;
    return {
      id: r.id,
      facultyId: r.faculty_id,
      facultyName: r.name,
      status: r.status as 'complete' | 'partial',
      startedAt: r.started_at,
      completedAt: r.completed_at,
      batchId: r.batch_id,
      answers: survey.questions.map((q) => ({
        questionId: q.id,
        text: q.text,
        type: q.type,
        answer: answerText(answers[q.position]),
      })),
    };
  });
}

async function effects(db: ReadableDb, surveyId: number | undefined): Promise<SurveyEffectsList> {
  const rows = await db
    .selectFrom('survey_effects')
    .innerJoin('faculty', 'faculty.id', 'survey_effects.faculty_id')
    .select([
      'survey_effects.kind',
      'survey_effects.topic',
      'survey_effects.survey_id',
      'survey_effects.faculty_id',
      'survey_effects.change_request_id',
      'survey_effects.created_at',
      'faculty.name',
      'faculty.department',
    ])
    .$if(surveyId !== undefined, (q) => q.where('survey_effects.survey_id', '=', surveyId!))
    .orderBy('faculty.name')
    .execute();
  const topics = new Map<string, SurveyEffectsList['peerTopicInterest'][number]['people']>();
  const list: SurveyEffectsList = { changeRequests: [], peerTopicInterest: [], noMentor: [] };
  for (const r of rows) {
    if (r.kind === 'changeRequest')
      list.changeRequests.push({
        facultyId: r.faculty_id,
        name: r.name,
        surveyId: r.survey_id,
        changeRequestId: r.change_request_id,
        createdAt: r.created_at,
      });
    else if (r.kind === 'noMentor')
      list.noMentor.push({ facultyId: r.faculty_id, name: r.name, department: r.department, surveyId: r.survey_id });
    else if (r.topic) {
      const people = topics.get(r.topic) ?? [];
      if (!people.some((p) => p.facultyId === r.faculty_id))
        people.push({ facultyId: r.faculty_id, name: r.name, surveyId: r.survey_id });
      topics.set(r.topic, people);
    }
  }
  list.peerTopicInterest = [...topics]
    .map(([topic, people]) => ({ topic, people }))
    .sort((a, b) => a.topic.localeCompare(b.topic));
  return list;
}

export const surveysHandlers: HandlerMap<SurveyOperation> = {
  'surveys.list': { access: 'read', run: ({ db }) => listSurveys(db) },
  'surveys.get': { access: 'read', run: ({ db }, { id }) => getSurvey(db, id) },
  'surveys.create': {
    access: 'write',
    run: async ({ db, now, audit }, { questions, ...fields }) => {
      await assertSurveyNameFree(db, fields.name, fields.year);
      const id = await insertSurvey(db, fields, prepareQuestions(questions as QuestionDraft[]), now().toISOString());
      audit('survey', id);
      return getSurvey(db, id);
    },
  },
  'surveys.update': {
    access: 'write',
    run: async ({ db, now, audit }, { id, questions, ...fields }) => {
      const survey = await getSurvey(db, id);
      const next = {
        name: fields.name ?? survey.name,
        year: fields.year ?? survey.year,
        kind: fields.kind ?? survey.kind,
      };
      await assertSurveyNameFree(db, next.name, next.year, id);
      await db
        .updateTable('surveys')
        .set({ ...next, updated_at: now().toISOString() })
        .where('id', '=', id)
        .execute();
      for (const change of questions ?? []) {
        const question = survey.questions.find((q) => q.id === change.id);
        if (!question) throw new TrellisError('NOT_FOUND', 'That question is not part of this survey.');
        // Likert answers are stored by position on the scale: its labels may be renamed, never reordered or removed.
        if (
          change.options &&
          question.type === 'likert' &&
          change.options.length !== question.options.length &&
          survey.responseCount > 0
        ) {
          throw new TrellisError(
            'VALIDATION',
            'A rating scale with answers cannot gain or lose points; rename its labels instead.',
          );
        }
        await db
          .updateTable('survey_questions')
          .set({
            ...(change.text ? { text: change.text } : {}),
            ...(change.options ? { options: JSON.stringify(change.options) } : {}),
            ...(change.effect !== undefined ? { effect: change.effect } : {}),
          })
          .where('id', '=', change.id)
          .execute();
      }
      audit('survey', id);
      return getSurvey(db, id);
    },
  },
  'surveys.report': { access: 'read', run: ({ db }, { id, ...options }) => surveyReport(db, id, options) },
  'surveys.responses': {
    access: 'read',
    run: ({ db }, { id, facultyId, offset, limit }) => responses(db, id, facultyId, offset, limit),
  },
  'surveys.effects': { access: 'read', run: ({ db }, { surveyId }) => effects(db, surveyId) },
};
