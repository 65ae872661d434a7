import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anonymiseComment } from '../../../electron/core/awards/comments/anonymise';
import { addSurveyAnswers } from '../../support/surveyAnswers';
import { addPerson, addProgram, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { addAwardCycle, addNominationPeople } from './awardSetup';

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
      { facultyId: mentee.id, comment: 'Write to chidi@med.example.edu for more.' },
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
        {
          responseId: responseIds[2],
          questionKey: 'comments',
          surveyName: 'Annual mentoring survey',
          surveyYear: 2025,
          questionText: 'Anything else about your mentor?',
          text: 'Write to [email removed] for more.',
          selectedId: null,
        },
      ],
      selected: [],
    });
    expect(JSON.stringify(listed).toLowerCase()).not.toContain('chidi');

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
    const both = await t.core.call('awards.comments.select', {
      nominationId: nomination.id,
      responseId: responseIds[2]!,
      questionKey: 'comments',
    });
    expect(both.selected.map((c) => c.text)).toEqual([
      'Siobhán taught me to say no. Signed, [name removed]',
      'Write to [email removed] for more.',
    ]);
    const [first, second] = both.selected.map((c) => c.id);
    const swapped = await t.core.call('awards.comments.reorder', {
      nominationId: nomination.id,
      order: [second!, first!],
    });
    expect(swapped.selected.map((c) => [c.id, c.position])).toEqual([
      [second, 0],
      [first, 1],
    ]);
    const one = await t.core.call('awards.comments.unselect', { id: second! });
    expect(one.selected.map((c) => [c.id, c.position])).toEqual([[first, 0]]);
    const none = await t.core.call('awards.comments.unselect', { id: first! });
    expect(none.selected).toEqual([]);
    expect(none.candidates.every((c) => c.selectedId === null)).toBe(true);
  });
});
