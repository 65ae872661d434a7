import type { ColumnMapping, ImportKind } from '@contract/imports';
import { fieldLabels, ignoreTarget, questionTarget, targetsFor } from '@contract/imports';
import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api/client';
import type { ChosenSheet } from './ChooseFileStep';
import type { SurveyChoice } from './choices';

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
  return useQuery({
    queryKey: ['imports', 'mapping', path, sheet, mode, surveyId],
    enabled: mode !== 'none',
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async (): Promise<{ mapping: ColumnMapping[]; targets: TargetOption[] }> => {
      if (mode === 'roster') return { mapping: chosen.inspected.mapping ?? [], targets: targetOptions(kind, []) };
      if (mode === 'new') {
        const draft = await invoke('imports.draftSurvey', { path, sheet });
        return {
          mapping: chosen.inspected.columns.map((c) => ({
            key: c.key,
            target: draft.mapping[c.key] ?? ignoreTarget,
            source: 'suggested',
            confidence: 1,
          })),
          targets: targetOptions(kind, draft.questions),
        };
      }
      const [inspected, definition] = await Promise.all([
        invoke('imports.inspect', { path, sheet, kind, surveyId: surveyId! }),
        invoke('surveys.get', { id: surveyId! }),
      ]);
      return { mapping: inspected.mapping ?? [], targets: targetOptions(kind, definition.questions) };
    },
  });
}
