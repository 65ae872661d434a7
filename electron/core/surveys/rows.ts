import type { Selectable } from 'kysely';
import type { SurveyQuestionsTable, SurveysTable } from '../../../db/tables/imports';
import type { QuestionEffect, QuestionType, Survey, SurveyKind, SurveyQuestion } from './contract';

export function toQuestion(row: Selectable<SurveyQuestionsTable>): SurveyQuestion {
  return {
    id: row.id,
    key: row.key,
    position: row.position,
    text: row.text,
    type: row.type as QuestionType,
    options: JSON.parse(row.options) as string[],
    effect: (row.effect as QuestionEffect | null) ?? null,
  };
}

export function toSurvey(row: Selectable<SurveysTable>, questions: SurveyQuestion[], responseCount: number): Survey {
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    kind: row.kind as SurveyKind,
    questions,
    responseCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
