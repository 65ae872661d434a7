import type { WriteContext } from '../handlers';
import type { CommitDecisions, ImportResult } from './contract';
import { planSignupsNow, writeSignups } from './signup/commit';
import type { SignupPlan } from './signup/plan';
import type { BatchKind } from './targets';
import type { ImportDeps } from './deps';
import { rememberMapping } from './mapping/store';
import { countsOf, dataStamp, planRosterNow, planSurveyNow } from './planNow';
import type { RosterPlan } from './roster/plan';
import { writeRoster } from './roster/commit';
import { writeSurvey } from './survey/commit';
import type { SurveyPlan } from './survey/plan';
import { preparedInsert } from './statements';
import { ignoreTarget } from './targets';

/** The page cache while an import writes: enough for the indexes being updated, not for every page written. */
const importPageCacheKiB = 8 * 1024;

/**
 * Commits a preview in the one transaction the core opened for this write:
 * plans again with the staff's decisions against the records as they are
 * now, writes through prepared statements, records the batch (file, hash,
 * sheet, mapping, counts, who, when) and the rows left out. Cancelling, or
 * any error, rolls everything back; the preview stays for another try.
 */
export async function commitPreview(
  context: WriteContext,
  input: { previewId: string; decisions: CommitDecisions; progressKey?: string },
  deps: ImportDeps,
): Promise<Omit<ImportResult, 'kind'> & { kind: BatchKind }> {
  const stored = deps.previews.get(input.previewId);
  const progress = deps.progress.start(input.progressKey, 'matching');
  const restorePageCache = context.bulk.limitPageCache(importPageCacheKiB);
  try {
    const { db } = context;
    const stamp = context.now().toISOString();
    const decisions = input.decisions;
    // A sign-up sheet is small and the workshop's list may have changed since: it is always planned again.
    const unchanged =
      !stored.signup &&
      decisions.rows.length === 0 &&
      decisions.deactivate.length === 0 &&
      (await dataStamp(db, stored.survey?.definition.id ?? null)) === stored.stamp;
    const plan: RosterPlan | SurveyPlan | SignupPlan = unchanged
      ? (stored.roster?.plan ?? stored.survey?.plan ?? stored.signup!.plan)
      : stored.roster
        ? await planRosterNow(db, stored.roster.rows, stored.columnOf, decisions, context.now())
        : stored.signup
          ? await planSignupsNow(db, stored.signup.workshopId, stored.signup.rows, stored.columnOf, decisions)
          : await planSurveyNow(
              db,
              stored.survey!.definition,
              stored.survey!.rows,
              stored.survey!.answers,
              stored.columnOf,
              decisions,
            );
    progress.check();
    const counts = countsOf(stored.kind, stored.rowsRead, plan);
    const mapping = Object.fromEntries(stored.mapping.map((m) => [m.key, m.target]));
    const { id: batchId } = await db
      .insertInto('import_batches')
      .values({
        kind: stored.kind,
        file_name: stored.file.fileName,
        sha256: stored.file.sha256,
        sheet: stored.file.sheet,
        survey_id: stored.survey?.definition.id ?? null,
        mapping: JSON.stringify({
          mapping,
          header: stored.header,
          valueMaps: stored.valueMaps,
          codebook: stored.codebook,
        }),
        counts: '{}',
        actor: context.actor,
        created_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const previous = stored.result.previousImport;

    let surveyId: number | null = null;
    let effects: ImportResult['effects'] = { changeRequests: 0, peerTopicInterest: 0, noMentor: 0 };
    if (stored.roster) {
      await writeRoster(context, batchId, plan as RosterPlan, progress);
    } else if (stored.signup) {
      await writeSignups(context, batchId, stored.signup.workshopId, plan as SignupPlan);
    } else {
      const written = await writeSurvey(
        context,
        batchId,
        stored.survey!.definition,
        plan as SurveyPlan,
        stored.survey!.answers,
        decisions,
        deps.surveyEffects,
        progress,
      );
      surveyId = written.surveyId;
      effects = written.effects;
      context.audit('survey', surveyId);
    }

    // Only the rows left out need their cells (for the rejected-rows workbook).
    const left = new Set(plan.notImported.map((r) => r.row));
    const cellsOf = new Map<number, string[] | null>();
    for (const r of stored.roster?.rows ?? stored.survey?.rows ?? stored.signup!.rows)
      if (left.has(r.row)) cellsOf.set(r.row, r.cells);
    const insertRejected = preparedInsert(context, 'import_rejected_rows', [
      'batch_id',
      'row_number',
      'reason',
      'cells',
    ]);
    for (const { row, reason } of plan.notImported)
      insertRejected({ batch_id: batchId, row_number: row, reason, cells: JSON.stringify(cellsOf.get(row) ?? []) });

    const { errors: _errors, warnings: _warnings, ...countNumbers } = counts;
    await db
      .updateTable('import_batches')
      .set({ counts: JSON.stringify(countNumbers) })
      .where('id', '=', batchId)
      .execute();
    if (decisions.rememberMapping) {
      const remembered = Object.fromEntries(
        stored.mapping.filter((m) => m.target !== ignoreTarget || m.source === 'user').map((m) => [m.key, m.target]),
      );
      await rememberMapping(db, stored.kind, stored.fingerprint, remembered, stored.valueMaps, stamp);
    }
    context.audit('import_batch', batchId);
    progress.check();
    deps.previews.delete(input.previewId);
    return {
      ...counts,
      batchId,
      kind: stored.kind,
      fileName: stored.file.fileName,
      sha256: stored.file.sha256,
      sheet: stored.file.sheet,
      surveyId,
      previousImport: previous ? { batchId: previous.batchId, importedAt: previous.importedAt } : null,
      effects,
    };
  } finally {
    restorePageCache();
    progress.finish();
  }
}
