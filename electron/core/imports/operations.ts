import type { HandlerMap } from '../handlers';
import { normalizeCodebook } from '../spreadsheets/codebook';
import { getBatch, listBatches, undoBatch } from './batches';
import { commitPreview } from './commit';
import type { importsContract } from './contract';
import type { signupImportsContract } from './signup/contract';
import type { ImportDeps } from './deps';
import { getTemplate, listTemplates, saveTemplate } from './mapping/store';
import { inspectFile } from './inspect';
import { createPreview, previewDetails } from './preview';
import { draftSurveyFromFile } from './survey/draft';
import { rejectedFromBatch, rejectedFromPreview, writeRejectedRows } from './rejectedRows';
import { TrellisError } from '../../common/errors';
import { signupKind, type BatchKind, type ImportKind } from './targets';

/**
 * The Imports page's previews and commits are asked for its own kinds, so
 * their results carry those kinds; a sign-up sheet goes through its own pair
 * of operations, which return its kind.
 */
function ofKind<K extends BatchKind, T extends { kind: BatchKind }>(
  value: T,
  wanted: (kind: BatchKind) => kind is K,
): Omit<T, 'kind'> & { kind: K } {
  const { kind } = value;
  if (!wanted(kind)) throw new Error('An import of another kind came back.');
  return { ...value, kind };
}
const isImportKind = (kind: BatchKind): kind is ImportKind => kind !== signupKind;
const isSignupKind = (kind: BatchKind): kind is typeof signupKind => kind === signupKind;

function requireKind(deps: ImportDeps, previewId: string, signup: boolean): void {
  if ((deps.previews.get(previewId).kind === signupKind) === signup) return;
  throw new TrellisError(
    'VALIDATION',
    signup
      ? 'This preview is not a workshop sign-up sheet; commit it with the other imports.'
      : 'This preview is a workshop sign-up sheet; commit it from its workshop.',
  );
}

type ImportOperation = keyof typeof importsContract | keyof typeof signupImportsContract;

/**
 * The import operations, given their dependencies. The app registers them
 * with the defaults (records-only survey effects); the mentoring domain's
 * change-request sink is passed here once it exists.
 */
export function createImportsHandlers(deps: ImportDeps): HandlerMap<ImportOperation> {
  return {
    'imports.inspect': { access: 'read', run: (context, input) => inspectFile(context, input, deps) },
    'imports.draftSurvey': { access: 'read', run: (_context, input) => draftSurveyFromFile(input, deps) },
    'imports.preview': {
      access: 'read',
      run: async (context, input) => ofKind(await createPreview(context, input, deps), isImportKind),
    },
    'imports.previewSignups': {
      access: 'read',
      run: async (context, input) =>
        ofKind(await createPreview(context, { ...input, kind: signupKind }, deps), isSignupKind),
    },
    'imports.previewDetails': {
      access: 'read',
      run: async (_context, { previewId, section, offset, limit }) =>
        previewDetails(deps.previews.get(previewId), section, offset, limit),
    },
    'imports.commit': {
      access: 'write',
      run: async (context, input) => {
        requireKind(deps, input.previewId, false);
        return ofKind(await commitPreview(context, input, deps), isImportKind);
      },
    },
    'imports.commitSignups': {
      access: 'write',
      run: async (context, input) => {
        requireKind(deps, input.previewId, true);
        return ofKind(await commitPreview(context, input, deps), isSignupKind);
      },
    },
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
