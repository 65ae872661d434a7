import { isBlank } from '../../spreadsheets/cells';
import { normalizeCodebook, type Codebook } from '../../spreadsheets/codebook';
import type { SourceColumn } from '../../spreadsheets/headerRow';
import { openSpreadsheet } from '../../spreadsheets/read';
import { openTable, type SourceTable } from '../../spreadsheets/table';
import {
  addToProfile,
  emptyProfile,
  inferQuestion,
  questionKeyFor,
  type ColumnProfile,
} from '../../surveys/inferQuestions';
import { ColumnReader, type ValueMaps } from '../columns';
import type { ColumnMapping } from '../contract';
import type { ImportDeps } from '../deps';
import { chooseSheet } from '../fileSummary';
import { evidenceOf } from '../mapping/resolve';
import { isKnownNonQuestion, suggestMapping } from '../mapping/suggest';
import type { ProgressHandle } from '../progress';
import type { QuestionDefinition } from '../stored';
import { ignoreTarget, questionKeyOf, questionTarget } from '../targets';
import { AnswerReader } from './answers';
import { sampleSize } from '../sampleSize';

/** Reads every row once to draft questions for a survey created from this file. */
export async function draftQuestions(
  table: SourceTable,
  mapping: ColumnMapping[],
  valueMaps: ValueMaps,
  codebook: Codebook,
  progress: ProgressHandle | null,
): Promise<QuestionDefinition[]> {
  // Unmapped columns that are not survey metadata, and columns the user sent to a question by a key of their choosing.
  const candidates = table.layout.columns.filter((column) => {
    const entry = mapping.find((m) => m.key === column.key)!;
    if (questionKeyOf(entry.target)) return true;
    return entry.target === ignoreTarget && entry.source !== 'user' && !isKnownNonQuestion(column);
  });
  const profiles = new Map<
    string,
    { column: SourceColumn; profile: ColumnProfile; reader: ColumnReader; checkboxReader: AnswerReader | null }
  >();
  for (const column of candidates) {
    const reader = new ColumnReader(column, ignoreTarget, valueMaps, codebook);
    const checkboxReader = column.checkbox
      ? new AnswerReader({ key: column.key, position: 0, text: column.key, type: 'multiple', options: [] }, reader, {
          date1904: false,
          dateOrder: null,
        })
      : null;
    profiles.set(column.key, {
      column,
      profile: emptyProfile(column.key, column.label ?? column.header, column.checkbox !== null),
      reader,
      checkboxReader,
    });
  }
  let count = 0;
  for await (const row of table.rows) {
    if (++count % 1000 === 0) {
      progress?.update(count);
      progress?.check();
    }
    for (const { profile, reader, checkboxReader } of profiles.values()) {
      if (checkboxReader) {
        const { answer } = checkboxReader.read(row);
        if (Array.isArray(answer)) addToProfile(profile, answer as string[]);
        continue;
      }
      const raw = reader.raw(row);
      if (isBlank(raw)) continue;
      addToProfile(profile, typeof raw === 'number' || raw instanceof Date ? raw : reader.text(row)!);
    }
  }
  const taken = new Set<string>(mapping.map((m) => questionKeyOf(m.target)).filter((k): k is string => k !== null));
  const questions: QuestionDefinition[] = [];
  for (const { column, profile } of profiles.values()) {
    const chosen = questionKeyOf(mapping.find((m) => m.key === column.key)!.target);
    if (profile.answered === 0 && !chosen) continue;
    const key = chosen && /^[a-z0-9][a-z0-9_-]*$/.test(chosen) ? chosen : questionKeyFor(profile.text, taken);
    questions.push({ ...inferQuestion(profile, key), key, position: questions.length });
    const entry = mapping.find((m) => m.key === column.key)!;
    if (!chosen) {
      entry.target = questionTarget(key);
      entry.source = 'suggested';
      entry.confidence = 1;
    }
  }
  return questions;
}

/** Questions a survey would get from this file (imports.draftSurvey), and the mapping a preview would use. */
export async function draftSurveyFromFile(
  input: { path: string; sheet?: string; codebook?: Record<string, unknown> },
  deps: ImportDeps,
): Promise<{ sheet: string; questions: QuestionDefinition[]; mapping: Record<string, string> }> {
  const codebook = normalizeCodebook(input.codebook ?? {});
  const source = await openSpreadsheet(input.path, deps.limits);
  try {
    const sheet = chooseSheet(source, input.sheet);
    const table = await openTable(source, sheet, { sampleSize });
    const suggested = suggestMapping('survey', evidenceOf(table, {}, codebook), []);
    const questions = await draftQuestions(table, suggested, {}, codebook, null);
    return { sheet, questions, mapping: Object.fromEntries(suggested.map((m) => [m.key, m.target])) };
  } finally {
    await source.close();
  }
}
