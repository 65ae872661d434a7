import type { TempCore } from '../../../support/tempCore';
import { database } from './core';
import { fixture } from './files';

export const annual = { name: 'Annual Mentoring Survey', year: 2026, kind: 'annual' } as const;

/** Imports the Microsoft Forms export of the annual survey as a new survey. */
export async function importMsForms(call: TempCore['core']['call']) {
  const preview = await call('imports.preview', {
    path: fixture('survey-msforms.xlsx'),
    kind: 'survey',
    newSurvey: annual,
  });
  return { preview, result: await call('imports.commit', { previewId: preview.previewId }) };
}

/** A survey's current answers (not superseded), in the order of the rows they came from. */
export function storedResponses(temp: TempCore, surveyId: number) {
  return database(temp)
    .selectFrom('survey_responses')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .where('superseded', '=', 0)
    .orderBy('source_row')
    .execute();
}
