import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImportDeps } from '../../../electron/core/imports/deps';
import { createImportsHandlers } from '../../../electron/core/imports/operations';
import type { ChangeRequestProposal, SurveyEffectsSink } from '../../../electron/core/surveys/effectsSink';
import { createTempCore, type TempCore } from '../../support/tempCore';
import { count, database, runHandler } from './helpers/core';
import { fixture, scratch, windows1252 } from './helpers/files';

const annual = { name: 'Annual Mentoring Survey', year: 2026, kind: 'annual' } as const;

describe('survey import', () => {
  let temp: TempCore;
  let files: ReturnType<typeof scratch>;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);

  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    files = scratch();
    const roster = await call('imports.preview', { path: fixture('faculty-roster.xlsx'), kind: 'roster' });
    await call('imports.commit', { previewId: roster.previewId });
  });
  afterEach(async () => {
    await temp.dispose();
    files.remove();
  });

  async function importMsForms() {
    const preview = await call('imports.preview', {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      newSurvey: annual,
    });
    return { preview, result: await call('imports.commit', { previewId: preview.previewId }) };
  }

  const responses = (surveyId: number) =>
    database(temp)
      .selectFrom('survey_responses')
      .selectAll()
      .where('survey_id', '=', surveyId)
      .where('superseded', '=', 0)
      .orderBy('source_row')
      .execute();

  it('creates a survey from a file’s headers — question types, scales, options, effects — and imports its answers', async () => {
    const preview = await call('imports.preview', {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      newSurvey: annual,
    });
    const questions = preview.survey!.newQuestions!;
    expect(questions.map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.type, q.effect])).toEqual([
      ['Do you currently', 'single', 'hasMentor'],
      ['Please list your', 'text', null],
      ['Is at least', 'single', null],
      ['How often do', 'single', null],
      ['Overall, how satisfied', 'likert', null],
      ['Would you like', 'single', 'wantsMentorChange'],
      ['Which peer mentoring', 'multiple', 'peerGroupTopics'],
      ['How many faculty', 'number', null],
      ['Any confidential comments', 'text', null],
    ]);
    expect(questions[4]!.options).toEqual([
      'Very dissatisfied',
      'Dissatisfied',
      'Neutral',
      'Satisfied',
      'Very satisfied',
    ]);
    expect(questions[6]!.options).toHaveLength(8);
    expect(preview.mapping.filter((m) => m.target.startsWith('question:'))).toHaveLength(9);
    expect(preview.mapping.find((m) => m.key === 'Last modified time')!.target).toBe('ignore');
    expect(preview.summary).toMatchObject({
      rows: 161,
      inserted: 160,
      duplicates: 1,
      matched: { byEmail: 147, byName: 7 },
      ambiguous: 1,
      unmatched: 6,
    });
    expect(preview.survey!.effects).toMatchObject({ changeRequests: 27, noMentor: 22, needLink: 7 });
    expect(await count(temp, 'surveys')).toBe(0);
    expect(await count(temp, 'survey_responses')).toBe(0);

    const result = await call('imports.commit', { previewId: preview.previewId });
    expect(result).toMatchObject({
      inserted: 160,
      surveyId: expect.any(Number),
      effects: { changeRequests: 0, peerTopicInterest: 0, noMentor: 0 },
    });
    const survey = await call('surveys.get', { id: result.surveyId! });
    expect(survey).toMatchObject({ name: 'Annual Mentoring Survey', year: 2026, kind: 'annual', responseCount: 160 });
    // Effects are proposals: nothing applied without an explicit choice.
    expect(await count(temp, 'survey_effects')).toBe(0);

    const stored = await responses(result.surveyId!);
    const victor = stored.filter((r) => r.respondent_key === 'e:victor.yamamoto@med.example.edu');
    expect(victor).toHaveLength(1);
    const positionOf = (start: string) => survey.questions.find((q) => q.text.startsWith(start))!.position;
    expect(victor[0]).toMatchObject({ completed_at: '2026-10-25T11:05:00', status: 'complete', source_row: 162 });
    const answers = JSON.parse(victor[0]!.answers) as Record<string, unknown>;
    expect(answers[positionOf('Overall')]).toEqual([5, 'Very satisfied']);
    expect(answers[positionOf('Which peer')]).toEqual(['Serious mental illness', 'Work-life integration']);
    expect(answers[positionOf('How many')]).toBe(0);
    expect(preview.summary.warnings).toContainEqual(
      expect.objectContaining({
        row: 2,
        code: 'DUPLICATE_RESPONDENT',
        message: expect.stringMatching(/row 162\) counts/),
      }),
    );
  });

  it('imports the Qualtrics export: its label and ImportId rows are never answers, unfinished responses are kept and marked partial', async () => {
    const preview = await call('imports.preview', {
      path: fixture('survey-qualtrics.xlsx'),
      kind: 'survey',
      newSurvey: { ...annual, name: 'Qualtrics copy' },
    });
    expect(preview.layout).toMatchObject({ headerRow: 1, labelRow: 2, importIdRow: 3 });
    expect(preview.survey!.newQuestions!.map((q) => q.text)[0]).toBe('Do you currently have at least one mentor?');
    expect(preview.summary).toMatchObject({ rows: 161, inserted: 160, partial: 8, matched: { byEmployeeId: 155 } });
    const result = await call('imports.commit', { previewId: preview.previewId });
    const stored = await responses(result.surveyId!);
    expect(stored.filter((r) => r.status === 'partial').map((r) => r.source_row)).toEqual([
      13, 26, 73, 113, 117, 126, 130, 152,
    ]);
    expect(stored.some((r) => r.answers.includes('ImportId'))).toBe(false);
    expect(stored.find((r) => r.source_row === 5)).toMatchObject({
      response_ref: 'R_xxxxxxxxxgrnhia',
      started_at: '2026-10-10T14:51:00',
      completed_at: '2026-10-10T14:58:00',
    });
  });

  it('imports the Google Forms and Qualtrics layouts into the survey made from Microsoft Forms without hand edits, adding nothing twice', async () => {
    const { result: first } = await importMsForms();
    const google = await call('imports.preview', {
      path: fixture('survey-googleforms.csv'),
      kind: 'survey',
      surveyId: first.surveyId!,
    });
    expect(google.mapping.filter((m) => m.target.startsWith('question:'))).toHaveLength(9);
    expect(google.summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 160, duplicates: 1 });
    await call('imports.commit', { previewId: google.previewId });
    const qualtrics = await call('imports.preview', {
      path: fixture('survey-qualtrics.xlsx'),
      kind: 'survey',
      surveyId: first.surveyId!,
    });
    expect(qualtrics.mapping.filter((m) => m.target.startsWith('question:')).map((m) => m.key)).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'Q6',
      'Q7',
      'Q8',
      'Q9',
    ]);
    expect(await count(temp, 'survey_responses')).toBe(160);
  });

  it('re-importing the same survey file is recognised by its hash and adds nothing', async () => {
    const { result } = await importMsForms();
    const again = await call('imports.preview', {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      surveyId: result.surveyId!,
    });
    expect(again.previousImport).toMatchObject({ batchId: result.batchId });
    const second = await call('imports.commit', { previewId: again.previewId });
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 160 });
    expect(await count(temp, 'survey_responses')).toBe(160);
  });

  it('imports a REDCap raw export through its codebook, checkbox groups included', async () => {
    const { result: first } = await importMsForms();
    const csv = [
      'record_id,redcap_survey_identifier,annual_mentoring_survey_timestamp,email,has_mentor,mentor_names,mentor_in_dept,meeting_frequency,satisfaction,change_mentor,topics___1,topics___2,topics___3,n_mentees,comments,annual_mentoring_survey_complete',
      '1,,2026-11-02 10:00:00,aisha.anderson@med.example.edu,1,Maya Rahman,0,3,4,0,1,0,1,2,Helpful year,2',
      '2,,2026-11-03 11:00:00,farah.dubois@med.example.edu,0,,,,,1,0,1,0,0,,2',
      '3,,,emily.yamamoto@med.example.edu,1,Uma Petrov,1,1,,,,,,,,0',
    ].join('\n');
    const codebook = {
      has_mentor: '1, Yes | 0, No',
      mentor_in_dept: '1, Yes | 0, No',
      meeting_frequency: { 1: 'Weekly', 2: 'Every 2-3 weeks', 3: 'Monthly', 4: 'Quarterly' },
      satisfaction: { 1: 'Very dissatisfied', 2: 'Dissatisfied', 3: 'Neutral', 4: 'Satisfied', 5: 'Very satisfied' },
      change_mentor: { 1: 'Yes', 0: 'No', 2: 'Unsure' },
      topics: { 1: 'Integrated care', 2: 'Trauma', 3: 'Teaching skills' },
    };
    const preview = await call('imports.preview', {
      path: files.write('redcap.csv', csv),
      kind: 'survey',
      surveyId: first.surveyId!,
      codebook,
    });
    const survey = await call('surveys.get', { id: first.surveyId! });
    const keyOf = (start: string) => survey.questions.find((q) => q.text.startsWith(start))!.key;
    const positionOf = (start: string) => survey.questions.find((q) => q.text.startsWith(start))!.position;
    expect(Object.fromEntries(preview.mapping.map((m) => [m.key, m.target]))).toEqual({
      record_id: 'responseId',
      redcap_survey_identifier: 'ignore',
      annual_mentoring_survey_timestamp: 'completedAt',
      email: 'email',
      has_mentor: `question:${keyOf('Do you currently')}`,
      mentor_names: `question:${keyOf('Please list')}`,
      mentor_in_dept: `question:${keyOf('Is at least one')}`,
      meeting_frequency: `question:${keyOf('How often')}`,
      satisfaction: `question:${keyOf('Overall')}`,
      change_mentor: `question:${keyOf('Would you like')}`,
      topics: `question:${keyOf('Which peer')}`,
      n_mentees: `question:${keyOf('How many')}`,
      comments: `question:${keyOf('Any confidential')}`,
      annual_mentoring_survey_complete: 'completionStatus',
    });
    expect(preview.summary).toMatchObject({
      rows: 3,
      partial: 1,
      matched: { byEmail: 3 },
      errorCount: 0,
      warningCount: 0,
    });
    const result = await call('imports.commit', { previewId: preview.previewId });
    const stored = (
      await database(temp)
        .selectFrom('survey_responses')
        .selectAll()
        .where('batch_id', '=', result.batchId)
        .orderBy('source_row')
        .execute()
    ).map((r) => ({
      status: r.status,
      answers: JSON.parse(r.answers) as Record<string, unknown>,
    }));
    expect(stored[0]!.answers).toMatchObject({
      [positionOf('Do you currently')]: 'Yes',
      [positionOf('How often')]: 'Monthly',
      [positionOf('Overall')]: [4, 'Satisfied'],
      [positionOf('Would you like')]: 'No',
      [positionOf('Which peer')]: ['Integrated care', 'Teaching skills'],
      [positionOf('How many')]: 2,
    });
    expect(stored[1]!.answers[positionOf('Which peer')]).toEqual(['Trauma']);
    expect(stored.map((s) => s.status)).toEqual(['complete', 'complete', 'partial']);
  });

  it('reads Windows-1252 CSV with semicolons, matches accented names, and keeps the later of two completions whatever the row order', async () => {
    const survey = await call('surveys.create', {
      ...annual,
      name: 'Workshop evaluation',
      kind: 'evaluation',
      questions: [
        {
          text: 'How useful was the workshop?',
          type: 'likert',
          options: ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'],
        },
        { text: 'Comments', type: 'text' },
      ],
    });
    const csv = [
      'Horodateur;Nom;How useful was the workshop?;Comments',
      '24/10/2026 11:05;James Ó Súilleabháin;Excellent;Très bien – merci',
      '20/10/2026 09:00;James Ó Súilleabháin;Fair;première réponse',
      '21/10/2026 09:00;Zoë Inconnue;Good;',
    ].join('\r\n');
    const preview = await call('imports.preview', {
      path: files.write('eval.csv', windows1252(csv)),
      kind: 'survey',
      surveyId: survey.id,
      mapping: { Horodateur: 'completedAt', Nom: 'name' },
    });
    expect(preview.file).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(preview.summary).toMatchObject({ inserted: 2, duplicates: 1, matched: { byName: 2 }, unmatched: 1 });
    await call('imports.commit', { previewId: preview.previewId });
    const stored = await responses(survey.id);
    expect(stored.map((r) => [r.completed_at, JSON.parse(r.answers)])).toEqual([
      ['2026-10-24T11:05:00', { 0: [5, 'Excellent'], 1: 'Très bien – merci' }],
      ['2026-10-21T09:00:00', { 0: [3, 'Good'] }],
    ]);
    expect(stored[1]!.faculty_id).toBeNull();
  });

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
    const row69 = (await responses(result.surveyId!)).find((r) => r.source_row === 69)!;
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
      path: files.write('needs.csv', csv),
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
    const { rows } = await call('imports.rejectedRows', { batchId: result.batchId, path: files.path('rejected.xlsx') });
    expect(rows).toBe(2);
    const stored = await responses(survey.id);
    // Stored as typed; escaping happens when written to a spreadsheet.
    expect(JSON.parse(stored[0]!.answers)[survey.questions[0]!.position]).toBe('=HYPERLINK("http://x","y")');
  });

  it('proposes the annual survey’s effects and applies only those accepted; change requests go through the sink, and undo takes them back', async () => {
    const made: ChangeRequestProposal[] = [];
    const removed: string[] = [];
    const sink: SurveyEffectsSink = {
      createChangeRequests: async (_context, proposals) => {
        made.push(...proposals);
        return proposals.map((_, i) => `cr-${i + 1}`);
      },
      removeChangeRequests: async (_context, ids) => {
        removed.push(...ids);
        return { kept: [] };
      },
    };
    const handlers = createImportsHandlers(createImportDeps({ surveyEffects: sink }));
    const { result: preview } = await runHandler(temp, 'imports.preview', handlers['imports.preview'], {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      newSurvey: annual,
    });
    const changeRequests = preview.effects.filter((e) => e.kind === 'changeRequest');
    expect(changeRequests.length).toBeGreaterThan(0);
    const oneNoMentor = preview.effects.find((e) => e.kind === 'noMentor')!;
    const { result, audited } = await runHandler(temp, 'imports.commit', handlers['imports.commit'], {
      previewId: preview.previewId,
      decisions: { acceptEffects: ['changeRequest', 'peerTopicInterest', oneNoMentor.id] },
    });
    expect(result.effects).toMatchObject({ changeRequests: 27, noMentor: 1 });
    expect(made).toHaveLength(27);
    expect(made[0]).toMatchObject({
      surveyId: result.surveyId,
      surveyName: 'Annual Mentoring Survey',
      surveyYear: 2026,
      responseId: expect.any(Number),
      facultyId: expect.any(Number),
    });
    expect(audited).toContain(`import_batch:${result.batchId}`);

    const effects = await call('surveys.effects', { surveyId: result.surveyId! });
    expect(effects.changeRequests).toHaveLength(27);
    expect(effects.changeRequests[0]!.changeRequestId).toMatch(/^cr-/);
    expect(effects.noMentor).toEqual([expect.objectContaining({ facultyId: oneNoMentor.facultyId })]);
    expect(effects.peerTopicInterest.map((t) => t.topic)).toContain('Trauma');

    await runHandler(temp, 'imports.undo', handlers['imports.undo'], { batchId: result.batchId });
    expect(removed).toHaveLength(27);
    expect(await count(temp, 'survey_effects')).toBe(0);
  });

  it('undo removes exactly what a survey import added and restores the responses it replaced', async () => {
    const { result: first } = await importMsForms();
    const later =
      'Name,Email,Completion time,"Overall, how satisfied are you with your mentoring relationship(s)?"\nRosa Nguyen-Tran,rosa.nguyentran@med.example.edu,2026-12-01 09:00:00,Very dissatisfied\n';
    const preview = await call('imports.preview', {
      path: files.write('late.csv', later),
      kind: 'survey',
      surveyId: first.surveyId!,
    });
    expect(preview.summary).toMatchObject({ updated: 1 });
    const second = await call('imports.commit', { previewId: preview.previewId });
    const rosa = () =>
      database(temp)
        .selectFrom('survey_responses')
        .select(['superseded', 'completed_at'])
        .where('respondent_key', '=', 'e:rosa.nguyentran@med.example.edu')
        .orderBy('id')
        .execute();
    expect(await rosa()).toEqual([
      { superseded: 1, completed_at: expect.any(String) },
      { superseded: 0, completed_at: '2026-12-01T09:00:00' },
    ]);
    await expect(call('imports.undo', { batchId: first.batchId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/Undo import/),
    });
    expect(await call('imports.undo', { batchId: second.batchId })).toMatchObject({ removed: 1, restored: 1 });
    expect((await rosa()).map((r) => r.superseded)).toEqual([0]);
    await call('imports.undo', { batchId: first.batchId });
    expect(await count(temp, 'surveys')).toBe(0);
    expect(await count(temp, 'survey_responses')).toBe(0);
    // The roster import cannot be undone while answers were linked to its people… and now it can.
    const [rosterBatch] = await call('imports.list', { kind: 'roster' });
    expect((await call('imports.undo', { batchId: rosterBatch!.id })).removed).toBe(300);
  });

  it('asks for a survey, and refuses a new survey whose name and year are taken', async () => {
    await expect(
      call('imports.preview', { path: fixture('survey-msforms.xlsx'), kind: 'survey' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await importMsForms();
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
  let temp: TempCore;
  let files: ReturnType<typeof scratch>;
  beforeEach(async () => {
    temp = await createTempCore();
    files = scratch();
  });
  afterEach(async () => {
    await temp.dispose();
    files.remove();
  });

  it('creates questions under the keys the user chose, and refuses unknown questions for an existing survey', async () => {
    const path = files.write('tiny.csv', 'Email,Mood,Notes\na@x.edu,Good,fine\nb@x.edu,Poor,\n');
    const preview = await temp.core.call('imports.preview', {
      path,
      kind: 'survey',
      newSurvey: { name: 'Pulse', year: 2026, kind: 'evaluation' },
      mapping: { Mood: 'question:mood', Notes: 'ignore' },
    });
    expect(preview.survey!.newQuestions!.map((q) => [q.key, q.type])).toEqual([['mood', 'likert']]);
    const { surveyId } = await temp.core.call('imports.commit', { previewId: preview.previewId });
    await expect(
      temp.core.call('imports.preview', {
        path,
        kind: 'survey',
        surveyId: surveyId!,
        mapping: { Notes: 'question:notes' },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
