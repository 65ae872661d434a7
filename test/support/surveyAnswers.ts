import type { Core } from '../../electron/core/core';

/** A survey as an import leaves it: one Likert question and one free-text question, answers by position. */
export async function addSurveyAnswers(core: Core, answers: { facultyId: number; comment: string }[]) {
  const db = core.session.require().kysely;
  const stamp = '2025-03-01T00:00:00.000Z';
  const survey = await db
    .insertInto('surveys')
    .values({ name: 'Annual mentoring survey', year: 2025, kind: 'annual', created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('survey_questions')
    .values([
      {
        survey_id: survey.id,
        position: 0,
        key: 'satisfaction',
        text: 'How satisfied are you?',
        type: 'likert',
        options: '["Low","High"]',
      },
      {
        survey_id: survey.id,
        position: 1,
        key: 'comments',
        text: 'Anything else about your mentor?',
        type: 'text',
        options: '[]',
      },
    ])
    .execute();
  const batch = await db
    .insertInto('import_batches')
    .values({
      kind: 'survey',
      file_name: 's.xlsx',
      sha256: 'x',
      sheet: 'S',
      survey_id: survey.id,
      mapping: '{}',
      counts: '{}',
      actor: 't',
      created_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (const [row, a] of answers.entries()) {
    const { id } = await db
      .insertInto('survey_responses')
      .values({
        survey_id: survey.id,
        batch_id: batch.id,
        faculty_id: a.facultyId,
        status: 'complete',
        answers: JSON.stringify({ 0: [2, 'High'], 1: a.comment }),
        source_row: row + 2,
        created_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(id);
  }
  return { surveyId: survey.id, responseIds: ids };
}
