import type { ReadableDb } from '../../../db/handles';
import type { CommitDecisions, ImportCounts } from './contract';
import type { IssueLog } from './issues';
import { loadPeopleIndex, type PeopleIndex } from './matching/people';
import { planRoster, type RosterPlan } from './roster/plan';
import type { RosterRow } from './roster/values';
import type { AnswerTable } from './survey/answerTable';
import { planSurvey, type ExistingResponse, type SurveyPlan } from './survey/plan';
import type { SurveyRow } from './survey/values';
import type { SurveyDefinition } from './stored';
import type { SignupPlan } from './signup/plan';
import type { BatchKind } from './targets';

/**
 * Plans an import against the records as they are now — when the preview is
 * made, and again at commit if the records changed in between — and counts
 * what the plan would do.
 */

export async function previousImportOf(db: ReadableDb, kind: BatchKind, sha256: string) {
  const row = await db
    .selectFrom('import_batches')
    .select(['id', 'created_at', 'actor'])
    .where('sha256', '=', sha256)
    .where('kind', '=', kind)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? { batchId: row.id, importedAt: row.created_at, actor: row.actor } : null;
}

export function countsOf(kind: BatchKind, rowsRead: number, plan: RosterPlan | SurveyPlan | SignupPlan): ImportCounts {
  const issues: IssueLog = plan.issues;
  const base = {
    rows: rowsRead,
    duplicates: plan.duplicates,
    matched: plan.matched,
    ambiguous: plan.ambiguous,
    unmatched: plan.unmatched,
    resolvedByHand: plan.resolvedByHand,
    errorCount: issues.errorCount,
    warningCount: issues.warningCount,
    errors: issues.errors,
    warnings: issues.warnings,
  };
  if (kind === 'workshopSignup') {
    const signup = plan as SignupPlan;
    return {
      ...base,
      inserted: signup.inserts.length,
      updated: 0,
      unchanged: signup.unchanged,
      skipped: signup.notImported.length,
      partial: 0,
      deactivated: 0,
    };
  }
  if (kind === 'roster') {
    const roster = plan as RosterPlan;
    return {
      ...base,
      inserted: roster.inserts.length,
      updated: roster.updates.length,
      unchanged: roster.unchanged,
      skipped: roster.notImported.length,
      partial: 0,
      deactivated: roster.deactivate.length,
    };
  }
  const survey = plan as SurveyPlan;
  const updated = survey.inserts.filter((i) => i.supersedes !== null).length;
  return {
    ...base,
    inserted: survey.inserts.length - updated,
    updated,
    unchanged: survey.unchanged,
    skipped: survey.notImported.length,
    partial: survey.partial,
    deactivated: 0,
  };
}

/**
 * A cheap fingerprint of the records a plan depends on: the directory, and
 * the survey's responses. When it is unchanged at commit and staff made no
 * row decisions, the preview's plan is still right and is not made again.
 */
export async function dataStamp(db: ReadableDb, surveyId: number | null): Promise<string> {
  const faculty = await db
    .selectFrom('faculty')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('id').as('maxId'),
      eb.fn.max('updated_at').as('changed'),
    ])
    .executeTakeFirstOrThrow();
  const responses =
    surveyId === null
      ? null
      : await db
          .selectFrom('survey_responses')
          .select((eb) => [
            eb.fn.countAll<number>().as('n'),
            eb.fn.max('id').as('maxId'),
            eb.fn.sum<number>('superseded').as('superseded'),
          ])
          .where('survey_id', '=', surveyId)
          .executeTakeFirstOrThrow();
  return JSON.stringify([faculty, responses]);
}

/** Plans a roster against the directory as it is now. */
export async function planRosterNow(
  db: ReadableDb,
  rows: RosterRow[],
  columnOf: Record<string, string>,
  decisions: CommitDecisions,
  today: Date,
): Promise<RosterPlan> {
  const faculty = await db.selectFrom('faculty').selectAll().orderBy('id').execute();
  return planRoster({
    rows,
    faculty,
    decisions,
    today,
    columnOf: (field) => columnOf[field] ?? null,
    conversionIssues: rows.flatMap((r) => r.issues),
  });
}

/** Plans survey rows against the directory and the responses stored now. */
export async function planSurveyNow(
  db: ReadableDb,
  definition: SurveyDefinition,
  rows: SurveyRow[],
  answers: AnswerTable,
  columnOf: Record<string, string>,
  decisions: CommitDecisions,
  people?: PeopleIndex,
): Promise<SurveyPlan> {
  return planSurvey({
    rows,
    answers,
    people: people ?? (await loadPeopleIndex(db)),
    existing: await existingResponses(db, definition.id),
    decisions,
    columnOf: (field) => columnOf[field] ?? null,
    conversionIssues: rows.flatMap((r) => r.issues),
  });
}

export async function existingResponses(db: ReadableDb, surveyId: number | null): Promise<ExistingResponse[]> {
  if (surveyId === null) return [];
  const rows = await db
    .selectFrom('survey_responses')
    .select(['id', 'faculty_id', 'respondent_key', 'response_ref', 'completed_at', 'answers'])
    .where('survey_id', '=', surveyId)
    .where('superseded', '=', 0)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    facultyId: r.faculty_id,
    respondentKey: r.respondent_key,
    responseRef: r.response_ref,
    completedAt: r.completed_at,
    answers: r.answers,
  }));
}
