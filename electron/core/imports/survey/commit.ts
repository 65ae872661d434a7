import type { WriteContext } from '../../handlers';
import type { SurveyEffectsSink } from '../../surveys/effectsSink';
import { insertSurvey } from '../../surveys/queries';
import type { CommitDecisions } from '../contract';
import { yieldToEventLoop, type ProgressHandle } from '../progress';
import { preparedInsert, preparedUpdateById } from '../statements';
import type { SurveyDefinition } from '../stored';
import type { AnswerTable } from './answerTable';
import { acceptedEffects, type SurveyPlan } from './plan';

const responseColumns = [
  'survey_id',
  'batch_id',
  'faculty_id',
  'respondent_key',
  'response_ref',
  'started_at',
  'completed_at',
  'status',
  'superseded',
  'department',
  'rank',
  'career_stage',
  'answers',
  'source_row',
  'created_at',
];

export interface SurveyWriteResult {
  surveyId: number;
  effects: { changeRequests: number; peerTopicInterest: number; noMentor: number; changeRequestsOpened: number };
}

/**
 * Writes survey responses (one row each, answers as JSON), marks the
 * responses they replace as superseded, and applies the effects staff
 * accepted — change requests through the mentoring domain's sink.
 */
export async function writeSurvey(
  context: WriteContext,
  batchId: number,
  definition: SurveyDefinition,
  plan: SurveyPlan,
  answers: AnswerTable,
  decisions: CommitDecisions,
  sink: SurveyEffectsSink,
  progress: ProgressHandle,
): Promise<SurveyWriteResult> {
  const stamp = context.now().toISOString();
  let surveyId = definition.id;
  if (surveyId === null) {
    surveyId = await insertSurvey(context.db, definition, definition.questions, stamp);
    await context.db
      .insertInto('import_batch_items')
      .values({
        batch_id: batchId,
        record_type: 'survey',
        record_id: surveyId,
        action: 'inserted',
        before: null,
        written: null,
      })
      .execute();
    await context.db.updateTable('import_batches').set({ survey_id: surveyId }).where('id', '=', batchId).execute();
  }
  const insertResponse = preparedInsert(context, 'survey_responses', responseColumns);
  const supersede = preparedUpdateById(context, 'survey_responses', ['superseded']);
  const insertItem = preparedInsert(context, 'import_batch_items', ['batch_id', 'record_type', 'record_id', 'action']);
  progress.phase('writing', plan.inserts.length);
  const responseIdOfRow = new Map<number, number>();
  let done = 0;
  for (const insert of plan.inserts) {
    const { row, person } = insert;
    if (insert.supersedes !== null) {
      supersede(insert.supersedes, { superseded: 1 });
      insertItem({
        batch_id: batchId,
        record_type: 'survey_response',
        record_id: insert.supersedes,
        action: 'superseded',
      });
    }
    const id = insertResponse({
      survey_id: surveyId,
      batch_id: batchId,
      faculty_id: person?.id ?? null,
      respondent_key: insert.respondentKey,
      response_ref: row.responseRef,
      started_at: row.startedAt,
      completed_at: row.completedAt,
      status: row.partial ? 'partial' : 'complete',
      superseded: 0,
      department: person?.department ?? null,
      rank: person?.rank ?? null,
      career_stage: person?.careerStage ?? null,
      answers: answers.json(row.answers),
      source_row: row.row,
      created_at: stamp,
    });
    responseIdOfRow.set(row.row, id);
    if (++done % 1000 === 0) {
      progress.update(done);
      progress.check();
      await yieldToEventLoop();
    }
  }

  const accepted = acceptedEffects(plan.effects, decisions.acceptEffects);
  const changeRequests = accepted.filter((e) => e.kind === 'changeRequest');
  const completedAtOf = new Map(changeRequests.map((e) => [e.row, null as string | null]));
  for (const insert of plan.inserts)
    if (completedAtOf.has(insert.row.row)) completedAtOf.set(insert.row.row, insert.row.completedAt);
  const requestIds = await sink.createChangeRequests(
    context,
    changeRequests.map((e) => ({
      facultyId: e.facultyId,
      surveyId: surveyId!,
      surveyName: definition.name,
      surveyYear: definition.year,
      responseId: responseIdOfRow.get(e.row)!,
      requestedAt: completedAtOf.get(e.row) ?? null,
    })),
  );
  const requestIdOf = new Map(changeRequests.map((e, i) => [e.id, requestIds[i] ?? null]));
  const insertEffect = preparedInsert(context, 'survey_effects', [
    'batch_id',
    'survey_id',
    'response_id',
    'faculty_id',
    'kind',
    'topic',
    'change_request_id',
    'created_at',
  ]);
  for (const effect of accepted) {
    const requestId = requestIdOf.get(effect.id);
    insertEffect({
      batch_id: batchId,
      survey_id: surveyId,
      response_id: responseIdOfRow.get(effect.row),
      faculty_id: effect.facultyId,
      kind: effect.kind,
      topic: effect.topic,
      change_request_id: requestId === null || requestId === undefined ? null : String(requestId),
      created_at: stamp,
    });
  }
  progress.check();
  return {
    surveyId,
    effects: {
      changeRequests: changeRequests.length,
      changeRequestsOpened: requestIds.filter((id) => id !== null && id !== undefined).length,
      peerTopicInterest: accepted.filter((e) => e.kind === 'peerTopicInterest').length,
      noMentor: accepted.filter((e) => e.kind === 'noMentor').length,
    },
  };
}
