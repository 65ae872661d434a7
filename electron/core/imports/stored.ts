import type { Codebook } from '../spreadsheets/codebook';
import type { QuestionDraft, SurveyKind } from '../surveys/contract';
import type { ColumnMapping, ColumnSummary, FileSummary, ImportPreview, LayoutSummary } from './contract';
import type { RosterPlan } from './roster/plan';
import type { RosterRow } from './roster/values';
import type { AnswerTable } from './survey/answerTable';
import type { SurveyPlan } from './survey/plan';
import type { SurveyRow } from './survey/values';
import type { SignupPlan } from './signup/plan';
import type { SignupRow } from './signup/values';
import type { BatchKind } from './targets';

/** A question with its key and its position in the survey (answers are stored by position). */
export type QuestionDefinition = QuestionDraft & { key: string; position: number };

export interface SurveyDefinition {
  id: number | null;
  name: string;
  year: number;
  kind: SurveyKind;
  questions: QuestionDefinition[];
}

/** Everything a commit needs, kept in memory between preview and commit. */
/** A preview of any kind of batch (the public operations narrow `kind`). */
export type AnyPreview = Omit<ImportPreview, 'kind'> & { kind: BatchKind };

export interface StoredPreview {
  kind: BatchKind;
  file: FileSummary;
  layout: LayoutSummary;
  columns: ColumnSummary[];
  /** Texts of the header row, by position, for the rejected-rows workbook. */
  header: string[];
  mapping: ColumnMapping[];
  fingerprint: string;
  valueMaps: Record<string, Record<string, string>>;
  codebook: Codebook;
  /** Field or target → the column it was read from, for messages. */
  columnOf: Record<string, string>;
  rowsRead: number;
  /** The state of the records the plan was made against (see dataStamp). */
  stamp: string;
  roster: { rows: RosterRow[]; plan: RosterPlan } | null;
  survey: { definition: SurveyDefinition; rows: SurveyRow[]; answers: AnswerTable; plan: SurveyPlan } | null;
  signup: { workshopId: number; rows: SignupRow[]; plan: SignupPlan } | null;
  result: AnyPreview;
}
