import type { ImportKind, ImportTemplate, PreviewInput } from '@contract/imports';
import type { SurveyKind } from '@contract/surveys';
import type { ChosenSheet } from './ChooseFileStep';

/** Which survey the responses belong to: one Trellis has, or one this import creates. */
export type SurveyChoice =
  { mode: 'existing'; surveyId: number | null } | { mode: 'new'; name: string; year: number; kind: SurveyKind };

/** Everything the person decided on the mapping step, turned into a preview request by `previewRequest`. */
export interface MappingChoices {
  survey: SurveyChoice | null;
  /** Column key → target, for the columns the person changed by hand. */
  overrides: Record<string, string>;
  template: ImportTemplate | null;
  dateOrder: 'mdy' | 'dmy' | null;
}

export function initialChoices(kind: ImportKind, fileName: string): MappingChoices {
  return {
    survey:
      kind === 'survey'
        ? { mode: 'new', name: fileName.replace(/\.[^.]+$/, ''), year: new Date().getFullYear(), kind: 'annual' }
        : null,
    overrides: {},
    template: null,
    dateOrder: null,
  };
}

/** Why the mapping cannot be previewed yet, in words; null when it can. */
export function missingChoice(choices: MappingChoices): string | null {
  const survey = choices.survey;
  if (survey?.mode === 'existing' && survey.surveyId === null) return 'Choose the survey these responses belong to.';
  if (survey?.mode === 'new' && survey.name.trim() === '') return 'Name the new survey.';
  return null;
}

export function previewRequest(kind: ImportKind, chosen: ChosenSheet, choices: MappingChoices): PreviewInput {
  const survey = choices.survey;
  return {
    path: chosen.file.path,
    kind,
    sheet: chosen.inspected.file.sheet,
    mapping: { ...(choices.template?.mapping ?? {}), ...choices.overrides },
    templateId: choices.template?.id,
    dateOrder: choices.dateOrder ?? undefined,
    surveyId: survey?.mode === 'existing' ? (survey.surveyId ?? undefined) : undefined,
    newSurvey: survey?.mode === 'new' ? { name: survey.name.trim(), year: survey.year, kind: survey.kind } : undefined,
  };
}
