import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anonymiseComment } from '../../../electron/core/awards/comments/anonymise';
import type { Core } from '../../../electron/core/core';
import { addPerson, addProgram, database, expectError, openTestCore, type TestCore } from '../mentoring/testCore';
import { addAwardCycle, addNominationPeople } from './awardSetup';

/** A survey as an import leaves it: one Likert question and one free-text question, answers by position. */
async function addSurveyAnswers(core: Core, answers: { facultyId: number; comment: string }[]) {
  const db = database(core);
  const stamp = '2025-03-01T00:00:00.000Z';
  const survey = await db
    .insertInto('surveys')
    .values({ name: 'Annual mentoring survey', year: 2025, kind: 'annual', created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('survey_questions')
    .values([
      {
        survey_id: survey.id,
        position: 0,
        key: 'satisfaction',
        text: 'How satisfied are you?',
        type: 'likert',
        options: '["Low","High"]',
      },
      {
        survey_id: survey.id,
        position: 1,
        key: 'comments',
        text: 'Anything else about your mentor?',
        type: 'text',
        options: '[]',
      },
    ])
    .execute();
  const batch = await db
    .insertInto('import_batches')
    .values({
      kind: 'survey',
      file_name: 's.xlsx',
      sha256: 'x',
      sheet: 'S',
      survey_id: survey.id,
      mapping: '{}',
      counts: '{}',
      actor: 't',
      created_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (const [row, a] of answers.entries()) {
    const { id } = await db
      .insertInto('survey_responses')
      .values({
        survey_id: survey.id,
        batch_id: batch.id,
        faculty_id: a.facultyId,
        status: 'complete',
        answers: JSON.stringify({ 0: [2, 'High'], 1: a.comment }),
        source_row: row + 2,
        created_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(id);
  }
  return { surveyId: survey.id, responseIds: ids };
}

describe('survey comments for a nomination packet', () => {
  let t: TestCore;
  beforeEach(async () => (t = await openTestCore('2025-06-15')));
  afterEach(() => t.close());

  it('removes the respondent’s own name (any part, without regard to accents) and emails', () => {
    const who = { name: 'María José Núñez', email: 'mjn@med.example.edu' };
    expect(
      anonymiseComment('I am Maria Nunez (mjn@med.example.edu); she changed my career. — María José Núñez', who),
    ).toBe('I am [name removed] [name removed] ([email removed]); she changed my career. — [name removed]');
    expect(anonymiseComment('Write to a.b@x.org any time', null)).toBe('Write to [email removed] any time');
    // Short name parts alone are left: "Li" would strike ordinary words.
    expect(anonymiseComment('Lively meetings with Bo', { name: 'Bo Li', email: 'b@x.edu' })).toBe(
      'Lively meetings with Bo',
    );
  });

  it('offers only the nominee’s mentees’ free-text answers, anonymised; nothing is chosen until staff select it', async () => {
    const { cycle } = await addAwardCycle(t.core);
    const people = await addNominationPeople(t.core);
    const program = await addProgram(t.core);
    const mentee = await addPerson(t.core, 'Chidi Anagonye', 'Assistant Professor', 'Medicine');
    const stranger = await addPerson(t.core, 'Eleanor Shellstrop', 'Assistant Professor', 'Medicine');
    await t.core.call('mentorships.create', {
      mentorId: people.nominee.id,
      menteeId: mentee.id,
      programId: program.id,
      startDate: '2022-01-01',
    });
    const { surveyId, responseIds } = await addSurveyAnswers(t.core, [
      { facultyId: mentee.id, comment: 'Siobhán taught me to say no. Signed, Chidi Anagonye' },
      { facultyId: stranger.id, comment: 'My mentor never answers email.' },
    ]);
    const nomination = await t.core.call('awards.nominations.create', {
      cycleId: cycle.id,
      nomineeId: people.nominee.id,
      nominatorId: people.nominator.id,
    });
    const listed = await t.core.call('awards.comments.list', { nominationId: nomination.id });
    expect(listed).toEqual({
      candidates: [
        {
          responseId: responseIds[0],
          questionKey: 'comments',
          surveyName: 'Annual mentoring survey',
          surveyYear: 2025,
          questionText: 'Anything else about your mentor?',
          text: 'Siobhán taught me to say no. Signed, [name removed]',
          selectedId: null,
        },
      ],
      selected: [],
    });
    expect(JSON.stringify(listed)).not.toContain('Chidi');

    const chosen = await t.core.call('awards.comments.select', {
      nominationId: nomination.id,
      responseId: responseIds[0]!,
      questionKey: 'comments',
    });
    expect(chosen.selected).toEqual([
      {
        id: expect.any(Number),
        surveyId,
        questionKey: 'comments',
        text: 'Siobhán taught me to say no. Signed, [name removed]',
        position: 0,
      },
    ]);
    expect(chosen.candidates[0]!.selectedId).toBe(chosen.selected[0]!.id);
    // The stranger's answer cannot be selected for this nominee.
    await expectError(
      t.core.call('awards.comments.select', {
        nominationId: nomination.id,
        responseId: responseIds[1]!,
        questionKey: 'comments',
      }),
      'NOT_FOUND',
    );
    const none = await t.core.call('awards.comments.unselect', { id: chosen.selected[0]!.id });
    expect(none.selected).toEqual([]);
    expect(none.candidates[0]!.selectedId).toBeNull();
  });
});
