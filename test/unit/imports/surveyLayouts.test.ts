import { describe, expect, it } from 'vitest';
import { count, database } from './helpers/core';
import { fixture, windows1252 } from './helpers/files';
import { importRosterFixture, useImportsCore } from './helpers/importsCore';
import { annual, importMsForms, storedResponses } from './helpers/survey';

describe('survey import: the layouts survey tools export', () => {
  const imports = useImportsCore(importRosterFixture);
  const { call } = imports;

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
    expect(await count(imports.temp, 'surveys')).toBe(0);
    expect(await count(imports.temp, 'survey_responses')).toBe(0);

    const result = await call('imports.commit', { previewId: preview.previewId });
    expect(result).toMatchObject({
      inserted: 160,
      surveyId: expect.any(Number),
      effects: { changeRequests: 0, peerTopicInterest: 0, noMentor: 0 },
    });
    const survey = await call('surveys.get', { id: result.surveyId! });
    expect(survey).toMatchObject({ name: 'Annual Mentoring Survey', year: 2026, kind: 'annual', responseCount: 160 });
    // Effects are proposals: nothing applied without an explicit choice.
    expect(await count(imports.temp, 'survey_effects')).toBe(0);

    const stored = await storedResponses(imports.temp, result.surveyId!);
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
    const stored = await storedResponses(imports.temp, result.surveyId!);
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
    const { result: first } = await importMsForms(call);
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
    expect(await count(imports.temp, 'survey_responses')).toBe(160);
  });

  it('imports a REDCap raw export through its codebook, checkbox groups included', async () => {
    const { result: first } = await importMsForms(call);
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
      path: imports.files.write('redcap.csv', csv),
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
      await database(imports.temp)
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
      path: imports.files.write('eval.csv', windows1252(csv)),
      kind: 'survey',
      surveyId: survey.id,
      mapping: { Horodateur: 'completedAt', Nom: 'name' },
    });
    expect(preview.file).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(preview.summary).toMatchObject({ inserted: 2, duplicates: 1, matched: { byName: 2 }, unmatched: 1 });
    await call('imports.commit', { previewId: preview.previewId });
    const stored = await storedResponses(imports.temp, survey.id);
    expect(stored.map((r) => [r.completed_at, JSON.parse(r.answers)])).toEqual([
      ['2026-10-24T11:05:00', { 0: [5, 'Excellent'], 1: 'Très bien – merci' }],
      ['2026-10-21T09:00:00', { 0: [3, 'Good'] }],
    ]);
    expect(stored[1]!.faculty_id).toBeNull();
  });
});
