import { z } from 'zod';
import { operation } from '../../../common/contractKit';
import { commitDecisions, previewInput, type ImportPreview, type ImportResult } from '../contract';

/**
 * A workshop's sign-up sheet, the import kind `workshopSignup`: previewed
 * like any import (columns mapped, people matched, rows to review), then who
 * signed up joins the workshop's list. Pure: shared with the renderer.
 */

export const signupPreviewInput = previewInput
  .pick({ path: true, sheet: true, mapping: true, valueMaps: true, templateId: true, progressKey: true })
  .extend({
    workshopId: z.number({ error: 'Choose the workshop.' }).int().positive({ error: 'Choose the workshop.' }),
  });

export interface SignupPreview extends Omit<ImportPreview, 'kind'> {
  kind: 'workshopSignup';
}

export interface SignupImportResult extends Omit<ImportResult, 'kind'> {
  kind: 'workshopSignup';
}

export const signupImportsContract = {
  'imports.previewSignups': operation<SignupPreview>()(signupPreviewInput, {
    reads: ['imports', 'faculty', 'workshops'],
  }),
  'imports.commitSignups': operation<SignupImportResult>()(
    z.object({
      previewId: z.string().min(1),
      decisions: commitDecisions.default(commitDecisions.parse({})),
      progressKey: z.string().trim().min(1).max(100).optional(),
    }),
    { changes: ['imports', 'workshops'] },
  ),
};
