import { TrellisError } from '../../../common/errors';
import { isBlank } from '../../spreadsheets/cells';
import type { Codebook } from '../../spreadsheets/codebook';
import type { SourceColumn } from '../../spreadsheets/headerRow';
import type { SourceTable } from '../../spreadsheets/table';
import { ColumnReader, type ValueMaps } from '../columns';
import type { ColumnMapping } from '../contract';
import type { QuestionDefinition, SurveyDefinition } from '../stored';
import { ignoreTarget, questionKeyOf, questionTarget, targetsFor, type BatchKind } from '../targets';
import type { ColumnEvidence, QuestionTarget } from './suggest';

/**
 * Where each column goes: what the columns' values suggest, then the mapping
 * remembered for this layout, then a template, then the person's own choices.
 */

/** Distinct answer texts of each column in the sample, after codebook and value maps. */
export function evidenceOf(table: SourceTable, valueMaps: ValueMaps, codebook: Codebook): ColumnEvidence[] {
  return table.layout.columns.map((column) => {
    const reader = new ColumnReader(column, ignoreTarget, valueMaps, codebook);
    const values = new Set<string>();
    for (const row of table.sample) {
      if (column.checkbox) {
        column.checkbox.codes.forEach((code, i) => {
          if (!isBlank(row.cells[column.indexes[i]!] ?? null)) values.add(reader.mapText(code));
        });
        continue;
      }
      const text = reader.text(row);
      if (!text) continue;
      for (const piece of text.split(/;\s*|,\s+/)) if (piece.trim()) values.add(piece.trim());
      values.add(text);
      if (values.size > 100) break;
    }
    return { column, values: [...values] };
  });
}

function validTargets(kind: BatchKind, survey: SurveyDefinition | null): Set<string> {
  const targets = new Set<string>([ignoreTarget, ...targetsFor(kind)]);
  for (const q of survey?.questions ?? []) targets.add(questionTarget(q.key));
  return targets;
}

interface MappingLayers {
  kind: BatchKind;
  columns: readonly SourceColumn[];
  suggested: ColumnMapping[];
  remembered: Record<string, string> | null;
  template: Record<string, string> | null;
  user: Record<string, string> | undefined;
  survey: SurveyDefinition | null;
  /** For a survey created from the file: question targets may be made later. */
  allowNewQuestions: boolean;
}

/** Suggestions, then the remembered mapping, then a template, then the user's choices: later layers win column by column. */
export function resolveMapping(layers: MappingLayers): ColumnMapping[] {
  const valid = validTargets(layers.kind, layers.survey);
  const keys = new Set(layers.columns.map((c) => c.key));
  const userKeys = Object.keys(layers.user ?? {}).filter((k) => !keys.has(k));
  if (userKeys.length > 0) {
    throw new TrellisError(
      'VALIDATION',
      `This file has no column called ${userKeys.map((k) => `“${k}”`).join(', ')}. Check the mapping against the file's headings.`,
    );
  }
  const mapping = layers.suggested.map((m) => ({ ...m }));
  const apply = (
    layer: Record<string, string> | null | undefined,
    source: ColumnMapping['source'],
    strict: boolean,
  ) => {
    for (const entry of mapping) {
      const target = layer?.[entry.key];
      if (target === undefined) continue;
      if (!valid.has(target)) {
        if (strict && !(layers.allowNewQuestions && questionKeyOf(target))) {
          throw new TrellisError(
            'VALIDATION',
            `“${target}” is not something column “${entry.key}” can be imported into.`,
            { [`mapping.${entry.key}`]: 'Choose a field or a question.' },
          );
        }
        continue;
      }
      entry.target = target;
      entry.source = source;
      entry.confidence = 1;
    }
  };
  apply(layers.remembered, 'remembered', false);
  apply(layers.template, 'template', false);
  apply(layers.user, 'user', true);
  // A target taken by a user choice is freed elsewhere; two user choices for one target is an error.
  const byTarget = new Map<string, ColumnMapping>();
  for (const entry of [...mapping].sort((a, b) => rankOf(b.source) - rankOf(a.source))) {
    if (entry.target === ignoreTarget) continue;
    const holder = byTarget.get(entry.target);
    if (!holder) {
      byTarget.set(entry.target, entry);
      continue;
    }
    if (entry.source === 'user' && holder.source === 'user') {
      throw new TrellisError(
        'VALIDATION',
        `Columns “${holder.key}” and “${entry.key}” are both mapped to ${entry.target}. Map each field or question from one column.`,
      );
    }
    entry.target = ignoreTarget;
    entry.source = 'none';
    entry.confidence = 0;
  }
  return mapping;
}

function rankOf(source: ColumnMapping['source']): number {
  return { user: 4, template: 3, remembered: 2, suggested: 1, none: 0 }[source];
}

export function questionTargetOf(q: QuestionDefinition): QuestionTarget {
  return { key: q.key, text: q.text, type: q.type, options: q.options };
}
