import { z } from 'zod';
import { operation } from '../../common/contractKit';
import type { Rank } from '../../common/ranks';
import type { QuestionDraft, SurveyDraft, SurveyKind } from '../surveys/contract';
import { questionInput, surveyFields } from '../surveys/contract';
import { importKinds, type ImportKind } from './targets';

/** Shared with the renderer: pure, no Node imports. */

const filePath = z.string({ error: 'Choose a file to import.' }).trim().min(1, { error: 'Choose a file to import.' });
const mapping = z.record(z.string(), z.string().min(1));
const valueMaps = z.record(z.string(), z.record(z.string(), z.string()));
const codebook = z.record(z.string(), z.union([z.string(), z.record(z.string(), z.union([z.string(), z.number()]))]));
/** A caller-chosen id under which progress can be read and the work cancelled. */
const progressKey = z.string().trim().min(1).max(100).optional();

export type IssueSeverity = 'error' | 'warning';

/** One problem with one cell or row: errors keep the row out; warnings explain what was done. */
export interface ImportIssue {
  row: number;
  column: string | null;
  code: string;
  message: string;
  value: string | null;
  severity: IssueSeverity;
}

export interface MatchCounts {
  byEmployeeId: number;
  byEmail: number;
  byName: number;
}

export interface ImportCounts {
  /** Data rows read (blank, title and total rows are not counted). */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  duplicates: number;
  matched: MatchCounts;
  /** Rows still ambiguous (several people) or unmatched once the review's decisions are applied. */
  ambiguous: number;
  unmatched: number;
  /** Ambiguous or unmatched rows decided in review: linked to someone, added as someone new, or skipped. */
  resolvedByHand: number;
  /** Survey responses marked partial (unfinished). */
  partial: number;
  /** Roster: people set inactive because they were missing from the roster. */
  deactivated: number;
  errorCount: number;
  warningCount: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export interface FileSummary {
  fileName: string;
  format: 'xlsx' | 'csv';
  size: number;
  sha256: string;
  sheet: string;
  sheets: { name: string; hidden: boolean }[];
  encoding: string | null;
  delimiter: string | null;
  date1904: boolean;
}

export interface ColumnSummary {
  key: string;
  header: string;
  /** Qualtrics question text. */
  label: string | null;
  letter: string;
  /** A few values from the first rows, for the mapping screen. */
  samples: string[];
  checkbox: boolean;
}

export interface LayoutSummary {
  headerRow: number;
  labelRow: number | null;
  importIdRow: number | null;
  titleRows: number[];
}

export type MappingSource = 'user' | 'template' | 'remembered' | 'suggested' | 'none';

export interface ColumnMapping {
  key: string;
  target: string;
  source: MappingSource;
  /** 0–1, for suggestions. */
  confidence: number;
}

export interface InspectResult {
  /** The file and all its sheets, even when the chosen sheet has no table: the person can pick another. */
  file: FileSummary;
  /**
   * Why the chosen sheet cannot be imported (no table of headings found, or
   * empty), in plain words; null when it has a table. When set, layout and
   * fingerprint are null and columns is empty.
   */
  noTable: string | null;
  layout: LayoutSummary | null;
  columns: ColumnSummary[];
  /** Present when a kind was given and the sheet has a table. */
  mapping: ColumnMapping[] | null;
  fingerprint: string | null;
}

export interface PersonCandidate {
  id: number;
  name: string;
  email: string;
  employeeId: string | null;
  department: string;
  active: boolean;
}

/** A row waiting for a person to decide: several people match, or none does. */
export interface ReviewRow {
  row: number;
  status: 'ambiguous' | 'unmatched';
  /** What the file says about the person. */
  name: string | null;
  email: string | null;
  employeeId: string | null;
  candidates: PersonCandidate[];
  actions: ('link' | 'create' | 'skip')[];
  /** What happens without a decision. */
  defaultAction: 'create' | 'skip' | 'keepUnlinked';
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface RosterChange {
  row: number;
  facultyId: number;
  name: string;
  matchedBy: 'employeeId' | 'email' | 'name';
  changes: FieldChange[];
}

export interface MissingPerson {
  facultyId: number;
  name: string;
  email: string;
  department: string;
  rank: Rank;
}

export type EffectKind = 'changeRequest' | 'peerTopicInterest' | 'noMentor';

export interface ProposedEffect {
  /** `changeRequest:<row>`, `noMentor:<row>`, `peerTopicInterest:<row>:<topic>`. */
  id: string;
  kind: EffectKind;
  row: number;
  facultyId: number;
  name: string;
  topic: string | null;
}

export interface SurveyPreviewInfo {
  surveyId: number | null;
  name: string;
  year: number;
  kind: SurveyKind;
  /** Questions a new survey would get (null for an existing survey). */
  newQuestions: QuestionDraft[] | null;
  effects: {
    changeRequests: number;
    peerTopicInterest: { topic: string; count: number }[];
    noMentor: number;
    /** Effects that would apply if the respondent were linked to a person. */
    needLink: number;
  };
}

export interface ImportPreview {
  previewId: string;
  kind: ImportKind;
  file: FileSummary;
  layout: LayoutSummary;
  columns: ColumnSummary[];
  mapping: ColumnMapping[];
  fingerprint: string;
  /** The same file was imported before (and not undone). */
  previousImport: { batchId: number; importedAt: string; actor: string } | null;
  summary: ImportCounts;
  skippedRows: { blank: number[]; blankCount: number; summary: number[]; summaryCount: number; title: number[] };
  /** First rows of each list; page through the rest with imports.previewDetails. */
  review: ReviewRow[];
  reviewCount: number;
  changes: RosterChange[];
  changeCount: number;
  missing: MissingPerson[];
  missingCount: number;
  effects: ProposedEffect[];
  effectCount: number;
  survey: SurveyPreviewInfo | null;
}

export interface ImportResult extends ImportCounts {
  batchId: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  sheet: string;
  surveyId: number | null;
  previousImport: { batchId: number; importedAt: string } | null;
  effects: {
    changeRequests: number;
    peerTopicInterest: number;
    noMentor: number;
    /** Of the accepted change requests, how many were opened on a mentorship (the rest stay recorded for staff). */
    changeRequestsOpened?: number;
  };
}

export interface BatchSummary {
  id: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  sheet: string;
  surveyId: number | null;
  actor: string;
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
  counts: Pick<
    ImportCounts,
    'rows' | 'inserted' | 'updated' | 'unchanged' | 'skipped' | 'duplicates' | 'partial' | 'deactivated' | 'errorCount'
  >;
  mapping: Record<string, string>;
}

export interface UndoResult {
  batchId: number;
  removed: number;
  restored: number;
  reactivated: number;
  /** Change requests the import opened that were kept: someone has handled them since. */
  keptChangeRequests?: string[];
}

export interface ImportProgress {
  phase: 'reading' | 'matching' | 'writing' | 'undoing' | 'done';
  done: number;
  total: number | null;
  cancelled: boolean;
}

export interface ImportTemplate {
  id: number;
  kind: ImportKind;
  name: string;
  mapping: Record<string, string>;
  valueMaps: Record<string, Record<string, string>>;
  codebook: Record<string, Record<string, string>>;
  updatedAt: string;
}

export const previewSections = ['issues', 'review', 'changes', 'missing', 'effects'] as const;

export const rowDecision = z.discriminatedUnion('action', [
  z.object({ row: z.number().int().positive(), action: z.literal('link'), facultyId: z.number().int().positive() }),
  z.object({ row: z.number().int().positive(), action: z.literal('create') }),
  z.object({ row: z.number().int().positive(), action: z.literal('skip') }),
]);
export type RowDecision = z.output<typeof rowDecision>;

export const commitDecisions = z.object({
  rows: z.array(rowDecision).default([]),
  /** Roster: people missing from the file to set inactive (never deleted). */
  deactivate: z.array(z.number().int().positive()).default([]),
  /** Survey effects to apply: effect ids, or a whole kind ('changeRequest', 'peerTopicInterest', 'noMentor'). None by default. */
  acceptEffects: z.array(z.string().min(1)).default([]),
  /** Remember this mapping for the next file with the same headers. */
  rememberMapping: z.boolean().default(true),
});
export type CommitDecisions = z.output<typeof commitDecisions>;

export const previewInput = z.object({
  path: filePath,
  kind: z.enum(importKinds, { error: 'Choose what the file holds: a roster or a survey.' }),
  sheet: z.string().optional(),
  /** Column key → target; overrides suggestions column by column. */
  mapping: mapping.optional(),
  /** Column key → {value in file: value to use}. */
  valueMaps: valueMaps.optional(),
  codebook: codebook.optional(),
  templateId: z.number().int().positive().optional(),
  surveyId: z.number().int().positive().optional(),
  /** A survey to create with this import (its questions come from the file unless given). */
  newSurvey: surveyFields.extend({ questions: z.array(questionInput).max(500).optional() }).optional(),
  /** How to read 03/04/2026 when nothing in the column settles it. */
  dateOrder: z.enum(['mdy', 'dmy']).optional(),
  progressKey,
});
export type PreviewInput = z.output<typeof previewInput>;

const templateFields = z.object({
  name: z.string({ error: 'Name the template.' }).trim().min(1, { error: 'Name the template.' }).max(120),
  kind: z.enum(importKinds),
  mapping,
  valueMaps: valueMaps.default({}),
  codebook: codebook.default({}),
});

/** An import (and its undo) writes people, survey responses and the change requests accepted answers open. */
/** A sign-up sheet's batch, undone here like any other, takes people off a workshop's list. */
const importChanges = ['imports', 'faculty', 'surveys', 'changeRequests', 'workshops'] as const;

export const importsContract = {
  /** Sheets, the header row found, columns with sample values, and (given a kind) suggested mappings. */
  'imports.inspect': operation<InspectResult>()(
    z.object({
      path: filePath,
      sheet: z.string().optional(),
      kind: z.enum(importKinds).optional(),
      surveyId: z.number().int().positive().optional(),
    }),
  ),
  /** Reads the whole file and works out what would change. Writes nothing. */
  /** Questions inferred from a file's headers and answers, to review before `surveys.create` or a preview with `newSurvey`. */
  'imports.draftSurvey': operation<SurveyDraft>()(
    z.object({
      path: z.string().trim().min(1, { error: 'Choose a file.' }),
      sheet: z.string().optional(),
      codebook: z
        .record(z.string(), z.union([z.string(), z.record(z.string(), z.union([z.string(), z.number()]))]))
        .optional(),
    }),
  ),
  'imports.preview': operation<ImportPreview>()(previewInput, { reads: ['imports', 'faculty', 'surveys'] }),
  'imports.previewDetails': operation<{ total: number; items: unknown[] }>()(
    z.object({
      previewId: z.string().min(1),
      section: z.enum(previewSections),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
  ),
  'imports.commit': operation<ImportResult>()(
    z.object({
      previewId: z.string().min(1),
      decisions: commitDecisions.default(commitDecisions.parse({})),
      progressKey,
    }),
    { changes: importChanges },
  ),
  'imports.discard': operation<{ discarded: boolean }>()(z.object({ previewId: z.string().min(1) })),
  'imports.progress': operation<{ progress: ImportProgress | null }>()(z.object({ progressKey: z.string().min(1) })),
  'imports.cancel': operation<{ cancelled: boolean }>()(z.object({ progressKey: z.string().min(1) })),
  'imports.list': operation<BatchSummary[]>()(
    z.object({ kind: z.enum(importKinds).optional(), limit: z.number().int().min(1).max(500).default(100) }),
  ),
  'imports.get': operation<BatchSummary>()(z.object({ batchId: z.number().int().positive() })),
  'imports.undo': operation<UndoResult>()(z.object({ batchId: z.number().int().positive() }), {
    changes: importChanges,
  }),
  /** Writes the rows that were not imported, with a Reason column, to an .xlsx at `path`. */
  'imports.rejectedRows': operation<{ path: string; rows: number }>()(
    z
      .object({
        previewId: z.string().min(1).optional(),
        batchId: z.number().int().positive().optional(),
        path: z.string().trim().min(1, { error: 'Choose where to save the file.' }),
      })
      .refine((v) => (v.previewId ? 1 : 0) + (v.batchId ? 1 : 0) === 1, {
        error: 'Give either a preview or an import batch.',
      }),
  ),
  'imports.templates.list': operation<ImportTemplate[]>()(z.object({ kind: z.enum(importKinds).optional() })),
  'imports.templates.save': operation<ImportTemplate>()(templateFields, { changes: ['imports'] }),
  'imports.templates.delete': operation<{ deleted: boolean }>()(z.object({ id: z.number().int().positive() }), {
    changes: ['imports'],
  }),
};

export type { ImportKind };

/** Where a column's values can go, for the mapping screen (pure data). */
export { fieldLabels, ignoreTarget, questionTarget, targetsFor } from './targets';
