import { describe, expect, it } from 'vitest';
import { fixture } from './helpers/files';
import { importRosterFixture, useImportsCore } from './helpers/importsCore';
import { annual, importMsForms, storedResponses } from './helpers/survey';

describe('survey import: choosing the survey and reviewing rows', () => {
  const imports = useImportsCore(importRosterFixture);
  const { call } = imports;

  it('sends a respondent whose name two people share to review, and links them when told to', async () => {
    const preview = await call('imports.preview', {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      newSurvey: annual,
    });
    const jensen = preview.review.find((r) => r.status === 'ambiguous')!;
    expect(jensen).toMatchObject({
      row: 69,
      name: 'Michael Jensen',
      actions: ['link', 'skip'],
      defaultAction: 'keepUnlinked',
    });
    expect(jensen.candidates).toHaveLength(2);
    const result = await call('imports.commit', {
      previewId: preview.previewId,
      decisions: {
        rows: [
          { row: 69, action: 'link', facultyId: jensen.candidates[0]!.id },
          { row: 3, action: 'skip' },
        ],
      },
    });
    expect(result).toMatchObject({ inserted: 159, skipped: 1, duplicates: 1 });
    // Row 69 was the only ambiguous row and is now decided; row 3 matched someone, so skipping it settles no review.
    expect(preview.review.some((r) => r.row === 3)).toBe(false);
    expect(preview.summary).toMatchObject({ ambiguous: 1, resolvedByHand: 0 });
    expect(result).toMatchObject({ ambiguous: 0, resolvedByHand: 1, unmatched: preview.summary.unmatched });
    const row69 = (await storedResponses(imports.temp, result.surveyId!)).find((r) => r.source_row === 69)!;
    expect(row69).toMatchObject({ faculty_id: jensen.candidates[0]!.id, department: jensen.candidates[0]!.department });
    // The other Michael Jensen answered too: linking row 69 to him would make him answer twice, which is caught.
    const again = await call('imports.preview', {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      surveyId: result.surveyId!,
    });
    expect(again.review.find((r) => r.row === 69)!.candidates[1]!.email).toBe('michael.jensen2@med.example.edu');
  });

  it('leaves out survey previews and empty rows, and exports them with the reason', async () => {
    const survey = await call('surveys.create', {
      ...annual,
      name: 'Needs',
      kind: 'needs_assessment',
      questions: [
        { text: 'Comments', type: 'text' },
        { text: 'Rating', type: 'number' },
      ],
    });
    const csv =
      'ResponseId,Status,Comments,Rating\nR1,IP Address,"=HYPERLINK(""http://x"",""y"")",3\nR2,Survey Preview,test,1\nR3,IP Address,,\nR4,IP Address,ok,three\n';
    const preview = await call('imports.preview', {
      path: imports.files.write('needs.csv', csv),
      kind: 'survey',
      surveyId: survey.id,
    });
    expect(preview.summary).toMatchObject({ inserted: 2, skipped: 2 });
    expect(preview.summary.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, code: 'NOT_A_RESPONSE', value: 'Survey Preview' }),
        expect.objectContaining({ row: 4, code: 'EMPTY_RESPONSE' }),
        expect.objectContaining({ row: 5, column: 'Rating', code: 'NOT_A_NUMBER', value: 'three' }),
      ]),
    );
    const result = await call('imports.commit', { previewId: preview.previewId });
    const { rows } = await call('imports.rejectedRows', {
      batchId: result.batchId,
      path: imports.files.path('rejected.xlsx'),
    });
    expect(rows).toBe(2);
    const stored = await storedResponses(imports.temp, survey.id);
    // Stored as typed; escaping happens when written to a spreadsheet.
    expect(JSON.parse(stored[0]!.answers)[survey.questions[0]!.position]).toBe('=HYPERLINK("http://x","y")');
  });

  it('asks for a survey, and refuses a new survey whose name and year are taken', async () => {
    await expect(
      call('imports.preview', { path: fixture('survey-msforms.xlsx'), kind: 'survey' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await importMsForms(call);
    await expect(
      call('imports.preview', { path: fixture('survey-msforms.xlsx'), kind: 'survey', newSurvey: annual }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('drafts questions from a file for review before creating a survey', async () => {
    const draft = await call('imports.draftSurvey', { path: fixture('survey-googleforms.csv') });
    expect(draft.questions).toHaveLength(9);
    expect(draft.mapping).toMatchObject({ Timestamp: 'completedAt', 'Email Address': 'email', 'Your name': 'name' });
    const survey = await call('surveys.create', { ...annual, questions: draft.questions });
    expect(survey.questions.map((q) => q.type)).toEqual([
      'single',
      'text',
      'single',
      'single',
      'likert',
      'single',
      'multiple',
      'number',
      'text',
    ]);
    expect(await call('surveys.list', {})).toEqual([
      expect.objectContaining({ id: survey.id, questionCount: 9, responseCount: 0 }),
    ]);
  });
});

describe('survey import: mapping a new survey by hand', () => {
  const imports = useImportsCore();
  const { call } = imports;

  it('creates questions under the keys the user chose, and refuses unknown questions for an existing survey', async () => {
    const path = imports.files.write('tiny.csv', 'Email,Mood,Notes\na@x.edu,Good,fine\nb@x.edu,Poor,\n');
    const preview = await call('imports.preview', {
      path,
      kind: 'survey',
      newSurvey: { name: 'Pulse', year: 2026, kind: 'evaluation' },
      mapping: { Mood: 'question:mood', Notes: 'ignore' },
    });
    expect(preview.survey!.newQuestions!.map((q) => [q.key, q.type])).toEqual([['mood', 'likert']]);
    const { surveyId } = await call('imports.commit', { previewId: preview.previewId });
    await expect(
      call('imports.preview', {
        path,
        kind: 'survey',
        surveyId: surveyId!,
        mapping: { Notes: 'question:notes' },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
