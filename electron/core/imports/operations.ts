import type { HandlerMap } from '../handlers';
import { normalizeCodebook } from '../spreadsheets/codebook';
import { getBatch, listBatches, undoBatch } from './batches';
import { commitPreview } from './commit';
import type { importsContract } from './contract';
import type { ImportDeps } from './deps';
import { getTemplate, listTemplates, saveTemplate } from './mapping/store';
import { inspectFile } from './inspect';
import { createPreview, previewDetails } from './preview';
import { draftSurveyFromFile } from './survey/draft';
import { rejectedFromBatch, rejectedFromPreview, writeRejectedRows } from './rejectedRows';

type ImportOperation = keyof typeof importsContract;

/**
 * The import operations, given their dependencies. The app registers them
 * with the defaults (records-only survey effects); the mentoring domain's
 * change-request sink is passed here once it exists.
 */
export function createImportsHandlers(deps: ImportDeps): HandlerMap<ImportOperation> {
  return {
    'imports.inspect': { access: 'read', run: (context, input) => inspectFile(context, input, deps) },
    'imports.draftSurvey': { access: 'read', run: (_context, input) => draftSurveyFromFile(input, deps) },
    'imports.preview': { access: 'read', run: (context, input) => createPreview(context, input, deps) },
    'imports.previewDetails': {
      access: 'read',
      run: async (_context, { previewId, section, offset, limit }) =>
        previewDetails(deps.previews.get(previewId), section, offset, limit),
    },
    'imports.commit': { access: 'write', run: (context, input) => commitPreview(context, input, deps) },
    'imports.discard': {
      access: 'read',
      run: async (_context, { previewId }) => ({ discarded: deps.previews.delete(previewId) }),
    },
    'imports.progress': {
      access: 'read',
      run: async (_context, { progressKey }) => ({ progress: deps.progress.get(progressKey) }),
    },
    'imports.cancel': {
      access: 'read',
      run: async (_context, { progressKey }) => ({ cancelled: deps.progress.cancel(progressKey) }),
    },
    'imports.list': { access: 'read', run: (context, { kind, limit }) => listBatches(context, kind, limit) },
    'imports.get': { access: 'read', run: (context, { batchId }) => getBatch(context, batchId) },
    'imports.undo': { access: 'write', run: (context, { batchId }) => undoBatch(context, batchId, deps.surveyEffects) },
    'imports.rejectedRows': {
      access: 'read',
      run: async (context, { previewId, batchId, path }) => {
        const { header, rows } = previewId
          ? rejectedFromPreview(deps.previews.get(previewId))
          : await rejectedFromBatch(context, batchId!);
        return { path, rows: await writeRejectedRows(path, header, rows) };
      },
    },
    'imports.templates.list': { access: 'read', run: ({ db }, { kind }) => listTemplates(db, kind) },
    'imports.templates.save': {
      access: 'write',
      run: async ({ db, now, audit }, template) => {
        const saved = await saveTemplate(
          db,
          { ...template, codebook: normalizeCodebook(template.codebook) },
          now().toISOString(),
        );
        audit('import_template', saved.id);
        return saved;
      },
    },
    'imports.templates.delete': {
      access: 'write',
      run: async ({ db, audit }, { id }) => {
        await getTemplate(db, id);
        await db.deleteFrom('import_templates').where('id', '=', id).execute();
        audit('import_template', id);
        return { deleted: true };
      },
    },
  };
}
