import type { ColumnMapping, ImportKind } from '@contract/imports';
import { fieldLabels, ignoreTarget, questionTarget, targetsFor } from '@contract/imports';
import { useMemo } from 'react';
import { useOperation } from '../../api/useOperation';
import type { ChosenSheet } from './ChooseFileStep';
import type { SurveyChoice } from './choices';

interface BaseMapping {
  mapping: ColumnMapping[];
  targets: TargetOption[];
}

export interface TargetOption {
  value: string;
  label: string;
  group: string;
}

/** Where a column can go: the record's fields, the survey's questions, or nowhere. */
function targetOptions(kind: ImportKind, questions: { key?: string; text: string }[]): TargetOption[] {
  const fields = targetsFor(kind).map((target) => ({
    value: target,
    label: fieldLabels[target as keyof typeof fieldLabels],
    group: kind === 'roster' ? 'Faculty record' : 'Respondent and response',
  }));
  const asked = questions
    .filter((q): q is { key: string; text: string } => Boolean(q.key))
    .map((q) => ({ value: questionTarget(q.key), label: q.text, group: 'Survey questions' }));
  return [{ value: ignoreTarget, label: 'Leave this column out', group: 'Not imported' }, ...fields, ...asked];
}

/** A file already read is not read again while the page is open; nothing is kept after it. */
const whileOpen = { staleTime: Infinity, gcTime: 0 };

/**
 * The suggested mapping the page starts from: the core's suggestion for a
 * roster or an existing survey (remembered from an earlier import of the same
 * layout when there was one), or the questions drafted from the file for a
 * new survey.
 */
export function useBaseMapping(kind: ImportKind, chosen: ChosenSheet, survey: SurveyChoice | null) {
  const path = chosen.file.path;
  const sheet = chosen.inspected.file.sheet;
  const surveyId = survey?.mode === 'existing' ? survey.surveyId : null;
  const mode = kind === 'roster' ? 'roster' : survey?.mode === 'new' ? 'new' : surveyId === null ? 'none' : 'existing';
  const draft = useOperation('imports.draftSurvey', { path, sheet }, { ...whileOpen, enabled: mode === 'new' });
  const inspected = useOperation(
    'imports.inspect',
    { path, sheet, kind, surveyId: surveyId ?? undefined },
    { ...whileOpen, enabled: mode === 'existing' },
  );
  const definition = useOperation('surveys.get', { id: surveyId ?? 0 }, { enabled: mode === 'existing' });
  const parts = mode === 'new' ? [draft] : mode === 'existing' ? [inspected, definition] : [];
  const failed = parts.find((part) => part.isError);

  const data = useMemo((): BaseMapping | undefined => {
    if (mode === 'roster') return { mapping: chosen.inspected.mapping ?? [], targets: targetOptions(kind, []) };
    if (mode === 'new' && draft.data) {
      return {
        mapping: chosen.inspected.columns.map((c) => ({
          key: c.key,
          target: draft.data.mapping[c.key] ?? ignoreTarget,
          source: 'suggested',
          confidence: 1,
        })),
        targets: targetOptions(kind, draft.data.questions),
      };
    }
    if (mode === 'existing' && inspected.data && definition.data) {
      return { mapping: inspected.data.mapping ?? [], targets: targetOptions(kind, definition.data.questions) };
    }
    return undefined;
  }, [mode, kind, chosen.inspected, draft.data, inspected.data, definition.data]);

  return {
    /** False until there is something to match against (a survey to add the responses to is still to be chosen). */
    asked: mode !== 'none',
    data,
    isPending: parts.some((part) => part.isPending),
    isError: failed !== undefined,
    error: failed?.error ?? null,
  };
}
