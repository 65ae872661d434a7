import type { Generated } from 'kysely';

/** Tables of spreadsheet imports and surveys (migration 0004_imports), as Kysely sees them. */
export interface SurveysTable {
  id: Generated<number>;
  name: string;
  year: number;
  /** annual | needs_assessment | evaluation */
  kind: string;
  created_at: string;
  updated_at: string;
}

export interface SurveyQuestionsTable {
  id: Generated<number>;
  survey_id: number;
  position: number;
  key: string;
  text: string;
  /** single | multiple | likert | number | text | date */
  type: string;
  /** JSON array of labels (scale order for Likert). */
  options: Generated<string>;
  effect: string | null;
}

export interface ImportBatchesTable {
  id: Generated<number>;
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

export interface ImportBatchItemsTable {
  id: Generated<number>;
  batch_id: number;
  record_type: string;
  record_id: number;
  action: string;
  before: string | null;
  written: string | null;
}

export interface ImportRejectedRowsTable {
  id: Generated<number>;
  batch_id: number;
  row_number: number;
  reason: string;
  cells: string;
}

export interface ImportMappingsTable {
  kind: string;
  fingerprint: string;
  mapping: string;
  value_maps: Generated<string>;
  used_at: string;
}

export interface ImportTemplatesTable {
  id: Generated<number>;
  kind: string;
  name: string;
  mapping: string;
  value_maps: Generated<string>;
  codebook: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface SurveyResponsesTable {
  id: Generated<number>;
  survey_id: number;
  batch_id: number;
  faculty_id: number | null;
  respondent_key: string | null;
  response_ref: string | null;
  started_at: string | null;
  completed_at: string | null;
  /** complete | partial */
  status: string;
  superseded: Generated<number>;
  department: string | null;
  rank: string | null;
  career_stage: string | null;
  answers: string;
  source_row: number;
  created_at: string;
}

export interface SurveyEffectsTable {
  id: Generated<number>;
  batch_id: number;
  survey_id: number;
  response_id: number;
  faculty_id: number;
  kind: string;
  topic: string | null;
  change_request_id: string | null;
  created_at: string;
}

export interface ImportTables {
  surveys: SurveysTable;
  survey_questions: SurveyQuestionsTable;
  import_batches: ImportBatchesTable;
  import_batch_items: ImportBatchItemsTable;
  import_rejected_rows: ImportRejectedRowsTable;
  import_mappings: ImportMappingsTable;
  import_templates: ImportTemplatesTable;
  survey_responses: SurveyResponsesTable;
  survey_effects: SurveyEffectsTable;
}
