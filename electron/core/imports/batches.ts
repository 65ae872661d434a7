import type { Selectable } from 'kysely';
import type { FacultyTable } from '../../../db/schema';
import { TrellisError } from '../../common/errors';
import type { ReadContext, WriteContext } from '../handlers';
import type { SurveyEffectsSink } from '../surveys/effectsSink';
import type { BatchSummary, ImportKind, UndoResult } from './contract';
import { undoSignups } from './signup/commit';
import { importKinds, signupKind } from './targets';

interface BatchRow {
  id: number;
  kind: string;
  file_name: string;
  sha256: string;
  sheet: string;
  survey_id: number | null;
  mapping: string;
  counts: string;
  actor: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
}

function toSummary(row: BatchRow): BatchSummary {
  const stored = JSON.parse(row.mapping) as { mapping?: Record<string, string> };
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    fileName: row.file_name,
    sha256: row.sha256,
    sheet: row.sheet,
    surveyId: row.survey_id,
    actor: row.actor,
    createdAt: row.created_at,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
    counts: JSON.parse(row.counts) as BatchSummary['counts'],
    mapping: stored.mapping ?? {},
  };
}

export async function listBatches(
  { db }: ReadContext,
  kind: ImportKind | undefined,
  limit: number,
): Promise<BatchSummary[]> {
  // The Imports page's kinds; a workshop's sign-up sheets are shown with their workshop.
  const rows = await db
    .selectFrom('import_batches')
    .selectAll()
    .where('kind', 'in', kind !== undefined ? [kind] : [...importKinds])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

export async function getBatch({ db }: ReadContext, id: number): Promise<BatchSummary> {
  const row = await db
    .selectFrom('import_batches')
    .selectAll()
    .where('id', '=', id)
    .where('kind', 'in', [...importKinds])
    .executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That import is not in Trellis.');
  return toSummary(row);
}

const restoredColumns = [
  'name',
  'email',
  'employee_id',
  'department',
  'division',
  'rank',
  'track',
  'appointment_start',
  'career_stage',
  'career_stage_set',
  'interests',
  'first_time_leader',
  'search_text',
  'active',
  'updated_at',
] as const;

/**
 * Undoes a batch: removes exactly what it added and restores what it
 * updated, in one transaction. Refused, with nothing changed, when someone
 * has since edited a record the batch wrote (undo would overwrite their work)
 * or when other records now depend on a person the batch added.
 */
export async function undoBatch(context: WriteContext, batchId: number, sink: SurveyEffectsSink): Promise<UndoResult> {
  const { db } = context;
  const batch = await db.selectFrom('import_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new TrellisError('NOT_FOUND', 'That import is not in Trellis.');
  if (batch.undone_at)
    throw new TrellisError('CONFLICT', `This import was already undone on ${batch.undone_at.slice(0, 10)}.`);
  const items = await db
    .selectFrom('import_batch_items')
    .selectAll()
    .where('batch_id', '=', batchId)
    .orderBy('id')
    .execute();
  const result: UndoResult = { batchId, removed: 0, restored: 0, reactivated: 0 };
  const stamp = context.now().toISOString();

  if (batch.kind === signupKind) {
    const participants = items.filter((i) => i.record_type === 'workshop_participant').map((i) => i.record_id);
    result.removed = await undoSignups(context, participants);
  } else if (batch.kind === 'roster') {
    const facultyItems = items.filter((i) => i.record_type === 'faculty');
    const ids = facultyItems.map((i) => i.record_id);
    const current = new Map<number, Record<string, unknown>>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db
        .selectFrom('faculty')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) current.set(row.id, row);
    }
    const editedSince = facultyItems.filter((item) => changedSince(current.get(item.record_id), item.written));
    if (editedSince.length > 0) {
      throw new TrellisError(
        'CONFLICT',
        `${editedSince.length === 1 ? 'One person' : `${editedSince.length} people`} this import added or changed ${editedSince.length === 1 ? 'has' : 'have'} been edited since, so undoing it would lose that work. Nothing was changed.`,
      );
    }
    const inserted = facultyItems.filter((i) => i.action === 'inserted').map((i) => i.record_id);
    await refuseIfReferenced(context, inserted);
    for (const item of facultyItems) {
      if (item.action === 'updated') {
        const before = JSON.parse(item.before!) as Selectable<FacultyTable>;
        await db
          .updateTable('faculty')
          .set(Object.fromEntries(restoredColumns.map((c) => [c, before[c]])))
          .where('id', '=', item.record_id)
          .execute();
        result.restored++;
      } else if (item.action === 'deactivated') {
        await db
          .updateTable('faculty')
          .set({ active: 1, updated_at: stamp })
          .where('id', '=', item.record_id)
          .execute();
        result.reactivated++;
      }
    }
    for (let i = 0; i < inserted.length; i += 500) {
      const chunk = inserted.slice(i, i + 500);
      try {
        await db.deleteFrom('faculty').where('id', 'in', chunk).execute();
      } catch (error) {
        // Mentorships, meetings and other records of later work refer to people by id.
        if (error instanceof Error && /FOREIGN KEY/i.test(error.message)) {
          throw new TrellisError(
            'CONFLICT',
            'Some people this roster import added are now part of other records (mentorships, meetings or survey answers), so it cannot be undone. Nothing was changed.',
          );
        }
        throw error;
      }
      result.removed += chunk.length;
    }
  } else {
    const effects = await db
      .selectFrom('survey_effects')
      .select(['change_request_id'])
      .where('batch_id', '=', batchId)
      .execute();
    const requestIds = effects.map((e) => e.change_request_id).filter((id): id is string => id !== null);
    if (requestIds.length > 0) {
      const { kept } = await sink.removeChangeRequests(context, requestIds);
      if (kept.length > 0) result.keptChangeRequests = kept;
    }
    await db.deleteFrom('survey_effects').where('batch_id', '=', batchId).execute();
    const superseded = items
      .filter((i) => i.record_type === 'survey_response' && i.action === 'superseded')
      .map((i) => i.record_id);
    for (let i = 0; i < superseded.length; i += 500) {
      const { numUpdatedRows } = await db
        .updateTable('survey_responses')
        .set({ superseded: 0 })
        .where('id', 'in', superseded.slice(i, i + 500))
        .executeTakeFirst();
      result.restored += Number(numUpdatedRows);
    }
    const { numDeletedRows } = await db
      .deleteFrom('survey_responses')
      .where('batch_id', '=', batchId)
      .executeTakeFirst();
    result.removed += Number(numDeletedRows);
    const createdSurvey = items.find((i) => i.record_type === 'survey' && i.action === 'inserted');
    if (createdSurvey) {
      const others = await db
        .selectFrom('import_batches')
        .select('id')
        .where('survey_id', '=', createdSurvey.record_id)
        .where('id', '!=', batchId)
        .where('undone_at', 'is', null)
        .executeTakeFirst();
      if (others) {
        throw new TrellisError(
          'CONFLICT',
          `This import created the survey, and import ${others.id} added answers to it since. Undo import ${others.id} first. Nothing was changed.`,
        );
      }
      await db
        .updateTable('import_batches')
        .set({ survey_id: null })
        .where('survey_id', '=', createdSurvey.record_id)
        .execute();
      await db.deleteFrom('survey_questions').where('survey_id', '=', createdSurvey.record_id).execute();
      await db.deleteFrom('surveys').where('id', '=', createdSurvey.record_id).execute();
      result.removed++;
    }
    if (batch.survey_id !== null) context.audit('survey', batch.survey_id);
  }
  await db
    .updateTable('import_batches')
    .set({ undone_at: stamp, undone_by: context.actor })
    .where('id', '=', batchId)
    .execute();
  context.audit('import_batch', batchId);
  return result;
}

/**
 * Whether a record differs from what the batch wrote. Career stage is left
 * out: a derived stage is refreshed on unlock as years pass, which is not an edit.
 */
function changedSince(row: Record<string, unknown> | undefined, written: string | null): boolean {
  if (!row || !written) return false;
  const columns = JSON.parse(written) as Record<string, unknown>;
  return Object.entries(columns).some(([column, value]) => column !== 'career_stage' && row[column] !== value);
}

/** People an import added cannot be removed once survey answers (or, in other domains, mentorships) point at them. */
async function refuseIfReferenced(context: WriteContext, facultyIds: number[]): Promise<void> {
  for (let i = 0; i < facultyIds.length; i += 500) {
    const chunk = facultyIds.slice(i, i + 500);
    const used = await context.db
      .selectFrom('survey_responses')
      .select('faculty_id')
      .where('faculty_id', 'in', chunk)
      .executeTakeFirst();
    if (used) {
      throw new TrellisError(
        'CONFLICT',
        'Survey answers imported since are linked to people this roster import added, so it cannot be undone. Undo those survey imports first. Nothing was changed.',
      );
    }
  }
}
