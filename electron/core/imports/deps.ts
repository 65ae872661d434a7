import type { SpreadsheetLimits } from '../spreadsheets/limits';
import { defaultLimits } from '../spreadsheets/limits';
import { recordOnlyEffectsSink, type SurveyEffectsSink } from '../surveys/effectsSink';
import { PreviewStore } from './previewStore';
import { ProgressBoard } from './progress';
import type { StoredPreview } from './stored';

/** What the import operations need besides the database: limits, the preview and progress stores, and where survey effects go. */
export interface ImportDeps {
  limits: SpreadsheetLimits;
  previews: PreviewStore<StoredPreview>;
  progress: ProgressBoard;
  surveyEffects: SurveyEffectsSink;
}

export function createImportDeps(overrides: Partial<ImportDeps> = {}): ImportDeps {
  return {
    limits: overrides.limits ?? defaultLimits,
    previews: overrides.previews ?? new PreviewStore<StoredPreview>(),
    progress: overrides.progress ?? new ProgressBoard(),
    surveyEffects: overrides.surveyEffects ?? recordOnlyEffectsSink,
  };
}
