import ExcelJS from 'exceljs';
import type { WritableDb } from '../../../../db/handles';
import { mimeTypes } from '../../../common/exportedFile';
import type { Clock } from '../../../common/isoDates';
import { readDocumentText } from '../../documents/settings/store';
import { fillPlaceholders, textItems } from '../../documents/settings/standardTexts';
import { fileSlug } from '../../pdf/words';
import { escapeFormula } from '../../spreadsheets/safeCell';
import type { QuestionDraft } from '../../surveys/contract';
import { insertSurvey, prepareQuestions } from '../../surveys/queries';
import type { FollowUpSurvey } from '../contract';
import { getWorkshop } from '../queries';

/** The rating the follow-up asks beside the wrap-up questions, so reports can show more than comments. */
const usefulness: QuestionDraft = {
  text: 'How useful was the speed peer mentoring for you?',
  type: 'likert',
  options: ['Not at all useful', 'Slightly useful', 'Moderately useful', 'Very useful', 'Extremely useful'],
  effect: null,
};

/**
 * The follow-up survey of a workshop: its wrap-up questions (Settings ›
 * standard texts) as free-text questions and one rating, stored as an
 * evaluation survey so its export comes back through the survey import. The
 * template workbook has the columns the import expects — email, name, one
 * per question, worded as the survey — and a row per participant who came,
 * for setting up the form, or for typing in answers given on paper.
 */
export async function followUpSurvey(db: WritableDb, workshopId: number, clock: Clock): Promise<FollowUpSurvey> {
  const workshop = await getWorkshop(db, workshopId);
  const name = `${workshop.title}: follow-up (${workshop.heldOn})`;
  const year = Number(workshop.heldOn.slice(0, 4));
  let survey = await db
    .selectFrom('surveys')
    .select('id')
    .where('name', '=', name)
    .where('year', '=', year)
    .executeTakeFirst();
  const created = !survey;
  if (!survey) {
    const { texts } = await readDocumentText(db);
    const words = {
      title: workshop.title,
      minutes: String(workshop.roundMinutes),
      half: String(workshop.roundMinutes / 2),
    };
    const questions: QuestionDraft[] = textItems(fillPlaceholders(texts.workshopWrapUp.value, words)).map((text) => ({
      text,
      type: 'text',
      options: [],
      effect: null,
    }));
    const id = await insertSurvey(
      db,
      { name, year, kind: 'evaluation' },
      prepareQuestions([...questions, usefulness]),
      clock.stamp,
    );
    survey = { id };
  }
  const questions = await db
    .selectFrom('survey_questions')
    .select('text')
    .where('survey_id', '=', survey.id)
    .orderBy('position')
    .execute();

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Follow-up');
  sheet.addRow(['Email', 'Name', ...questions.map((q) => escapeFormula(q.text))]).font = { bold: true };
  for (const p of workshop.participants.filter((p) => p.checkedInAt !== null))
    sheet.addRow([escapeFormula(p.email ?? ''), escapeFormula(p.name)]);
  sheet.columns.forEach((column, index) => (column.width = index < 2 ? 28 : 40));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    survey: { id: survey.id, name, year, questionCount: questions.length },
    created,
    template: {
      fileName: `follow-up-${fileSlug(workshop.title)}-${workshop.heldOn}.xlsx`,
      mimeType: mimeTypes.xlsx,
      base64: bytes.toString('base64'),
    },
  };
}
