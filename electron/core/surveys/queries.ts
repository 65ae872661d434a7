import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { QuestionDraft, Survey, SurveyKind, SurveySummary } from './contract';
import { inferEffect, questionKeyFor } from './inferQuestions';
import { toQuestion, toSurvey } from './rows';

export async function getSurvey(db: ReadableDb, id: number): Promise<Survey> {
  const row = await db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That survey is not in Trellis. It may have been removed.');
  const questions = await db
    .selectFrom('survey_questions')
    .selectAll()
    .where('survey_id', '=', id)
    .orderBy('position')
    .execute();
  const { n } = await db
    .selectFrom('survey_responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', id)
    .where('superseded', '=', 0)
    .executeTakeFirstOrThrow();
  return toSurvey(row, questions.map(toQuestion), Number(n));
}

export async function listSurveys(db: ReadableDb): Promise<SurveySummary[]> {
  const surveys = await db.selectFrom('surveys').selectAll().orderBy('year', 'desc').orderBy('name').execute();
  const questionCounts = await db
    .selectFrom('survey_questions')
    .select(['survey_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('survey_id')
    .execute();
  const responseCounts = await db
    .selectFrom('survey_responses')
    .select(['survey_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('superseded', '=', 0)
    .groupBy('survey_id')
    .execute();
  const count = (rows: { survey_id: number; n: number }[], id: number) =>
    Number(rows.find((r) => r.survey_id === id)?.n ?? 0);
  return surveys.map((s) => ({
    id: s.id,
    name: s.name,
    year: s.year,
    kind: s.kind as SurveyKind,
    questionCount: count(questionCounts, s.id),
    responseCount: count(responseCounts, s.id),
  }));
}

export async function assertSurveyNameFree(
  db: ReadableDb,
  name: string,
  year: number,
  exceptId?: number,
): Promise<void> {
  const same = await db
    .selectFrom('surveys')
    .select('id')
    .where('name', '=', name)
    .where('year', '=', year)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst();
  if (same) {
    throw new TrellisError(
      'CONFLICT',
      `There is already a survey called “${name}” for ${year}. Import into it, or choose another name.`,
      { name: 'A survey with this name and year exists.' },
    );
  }
}

/** Gives every question a unique key and checks choice questions have choices. */
export function prepareQuestions(questions: readonly QuestionDraft[]): QuestionDraft[] {
  const taken = new Set<string>();
  for (const q of questions) if (q.key) taken.add(q.key);
  const seen = new Set<string>();
  return questions.map((q, index) => {
    if ((q.type === 'single' || q.type === 'multiple' || q.type === 'likert') && q.options.length === 0) {
      throw new TrellisError(
        'VALIDATION',
        `Question ${index + 1} (“${q.text.slice(0, 60)}”) needs its choices listed.`,
        { [`questions.${index}.options`]: 'List the choices.' },
      );
    }
    let key = q.key;
    if (!key || seen.has(key)) key = questionKeyFor(q.text, taken);
    seen.add(key);
    return { ...q, key, effect: q.effect ?? inferEffect(q.text, q.type, q.options) };
  });
}

/** Inserts a survey and its questions (inside the caller's transaction). */
export async function insertSurvey(
  db: WritableDb,
  fields: { name: string; year: number; kind: SurveyKind },
  questions: readonly QuestionDraft[],
  stamp: string,
): Promise<number> {
  const { id } = await db
    .insertInto('surveys')
    .values({ name: fields.name, year: fields.year, kind: fields.kind, created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (questions.length > 0) {
    await db
      .insertInto('survey_questions')
      .values(
        questions.map((q, position) => ({
          survey_id: id,
          position,
          key: q.key!,
          text: q.text,
          type: q.type,
          options: JSON.stringify(q.options),
          effect: q.effect,
        })),
      )
      .execute();
  }
  return id;
}
