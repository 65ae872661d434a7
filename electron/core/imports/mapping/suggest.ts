import type { SourceColumn } from '../../spreadsheets/headerRow';
import type { ColumnMapping } from '../contract';
import { ignoreTarget, questionTarget, type BatchKind } from '../targets';
import { aliasesFor, redcapField, surveyMetadataToIgnore } from './aliases';
import { headingSimilarity, headingTokens, normalizedHeading, valueSimilarity } from './similarity';

/** A survey question as a mapping target. */
export interface QuestionTarget {
  key: string;
  text: string;
  type?: string;
  options: readonly string[];
}

/** A column with the distinct values seen in the first rows (after the codebook). */
export interface ColumnEvidence {
  column: SourceColumn;
  values: readonly string[];
}

const minimumScore = 0.45;

function headingsOf(column: SourceColumn): string[] {
  return [column.header, column.label, column.importId].filter((h): h is string => !!h && h.trim() !== '');
}

/** A field's names have a few words; a heading of many words is a question, not a field. */
const longestFieldHeading = 6;

/** How well a column's heading matches a field's known names: 1 for an exact name. */
export function aliasScore(column: SourceColumn, aliases: readonly string[]): number {
  let best = 0;
  const headings = headingsOf(column);
  for (const heading of headings) {
    const normalized = normalizedHeading(heading);
    for (const alias of aliases) if (normalized === normalizedHeading(alias)) return 1;
  }
  for (const heading of headings) {
    if (headingTokens(heading).length > longestFieldHeading) continue;
    for (const alias of aliases) best = Math.max(best, headingSimilarity(heading, alias) * 0.85);
  }
  return best;
}

function questionScore(evidence: ColumnEvidence, question: QuestionTarget): number {
  let text = 0;
  for (const heading of headingsOf(evidence.column)) {
    if (normalizedHeading(heading) === normalizedHeading(question.text) || heading === question.key) return 1;
    text = Math.max(text, headingSimilarity(heading, question.text));
  }
  if (evidence.values.length === 0) return text;
  // Answers that fit the question are strong evidence (REDCap variable names say little).
  if (question.type === 'number')
    return 0.65 * text + 0.35 * (evidence.values.every((v) => /^[-+]?\d+([.,]\d+)?$/.test(v.trim())) ? 1 : 0);
  if (question.options.length === 0) return text;
  return 0.65 * text + 0.35 * valueSimilarity(evidence.values, question.options);
}

/**
 * Suggests a target for every column: known field names first, then survey
 * questions by heading and by answers, each target used once, best pairs
 * first. Columns nothing fits are left out (`ignore`), as are survey-tool
 * metadata columns (IP address, duration, language).
 */
export function suggestMapping(
  kind: BatchKind,
  evidence: readonly ColumnEvidence[],
  questions: readonly QuestionTarget[] = [],
): ColumnMapping[] {
  const aliases = aliasesFor(kind);
  const pairs: { key: string; target: string; score: number; order: number }[] = [];
  const ignored = new Set<string>();
  evidence.forEach(({ column }, order) => {
    if (kind === 'survey') {
      if (aliasScore(column, surveyMetadataToIgnore) === 1) {
        ignored.add(column.key);
        return;
      }
      const redcap = redcapField(column.header);
      if (redcap) pairs.push({ key: column.key, target: redcap, score: 1, order });
    }
    for (const [field, names] of Object.entries(aliases)) {
      const score = aliasScore(column, names);
      if (score >= minimumScore) pairs.push({ key: column.key, target: field, score, order });
    }
  });
  evidence.forEach((item, order) => {
    if (ignored.has(item.column.key)) return;
    for (const question of questions) {
      const score = questionScore(item, question);
      if (score >= minimumScore)
        pairs.push({ key: item.column.key, target: questionTarget(question.key), score, order });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.order - b.order);
  const byColumn = new Map<string, { target: string; score: number }>();
  const used = new Set<string>();
  for (const pair of pairs) {
    if (byColumn.has(pair.key) || used.has(pair.target)) continue;
    byColumn.set(pair.key, { target: pair.target, score: pair.score });
    used.add(pair.target);
  }
  return evidence.map(({ column }) => {
    const chosen = byColumn.get(column.key);
    return chosen
      ? {
          key: column.key,
          target: chosen.target,
          source: 'suggested' as const,
          confidence: Math.round(chosen.score * 100) / 100,
        }
      : { key: column.key, target: ignoreTarget, source: 'none' as const, confidence: 0 };
  });
}

/** True when a column's heading names a field or survey metadata outright (it is never a question). */
export function isKnownNonQuestion(column: SourceColumn): boolean {
  if (redcapField(column.header)) return true;
  if (aliasScore(column, surveyMetadataToIgnore) === 1) return true;
  return Object.values(aliasesFor('survey')).some((names) => aliasScore(column, names) === 1);
}
