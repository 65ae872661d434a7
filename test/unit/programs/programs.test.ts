import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPeople, addProgram, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

describe('programs', () => {
  it('creates a program with its seed-003 components and defaults for the rule settings', async () => {
    const program = await t.core.call('programs.create', {
      name: 'Early Career Faculty Mentoring Program',
      sponsor: 'Office of Academic Affairs',
      vision: 'Every early-career faculty member thrives.',
      mission: 'Match each new assistant professor with a mentor.',
      structure: 'One-to-one mentoring, quarterly meetings.',
      evaluationPlan: 'Annual survey.',
      targetRanks: ['Associate Professor', 'Instructor', 'Instructor'],
      startDate: '2020-07-01',
    });
    expect(program).toMatchObject({
      status: 'active',
      targetRanks: ['Instructor', 'Associate Professor'],
      maxGroupSize: 8,
      menteeWarningThreshold: 4,
      evaluationPlan: 'Annual survey.',
      counts: { activeMentorships: 0, audience: 0, audienceWithoutMentor: 0, activeGroups: 0 },
    });
  });

  it('updates, keeps names unique, and explains invalid settings', async () => {
    const program = await addProgram(t.core);
    const updated = await t.core.call('programs.update', {
      id: program.id,
      name: 'Early Career Program',
      sponsor: 'OAA',
      targetRanks: ['Assistant Professor'],
      maxGroupSize: 6,
    });
    expect(updated).toMatchObject({ name: 'Early Career Program', maxGroupSize: 6 });
    const other = await addProgram(t.core, { name: 'Other' });
    const taken = await expectError(
      t.core.call('programs.update', { id: other.id, name: 'Early Career Program', sponsor: 'OAA' }),
      'CONFLICT',
    );
    expect(taken.fields?.name).toBe('There is already a program called “Early Career Program”.');
    const tiny = await expectError(addProgram(t.core, { name: 'Tiny', maxGroupSize: 1 }), 'VALIDATION');
    expect(tiny.fields?.maxGroupSize).toBe('A peer group needs room for at least 2 members.');
    const dates = await expectError(
      addProgram(t.core, { name: 'Backwards', startDate: '2025-01-01', endDate: '2024-01-01' }),
      'VALIDATION',
    );
    expect(dates.fields?.endDate).toBe('The end date must be on or after the start date.');
    await expectError(t.core.call('programs.get', { id: 999 }), 'NOT_FOUND');
  });

  it('counts its mentorships, groups and target audience', async () => {
    const people = await addPeople(t.core);
    const program = await addProgram(t.core);
    await t.core.call('mentorships.create', {
      mentorId: people.professor.id,
      menteeId: people.assistant.id,
      programId: program.id,
      startDate: '2025-01-01',
    });
    await t.core.call('peerGroups.create', {
      programId: program.id,
      name: 'Cedar',
      focus: 'Teaching',
      startedOn: '2025-01-01',
    });
    const [listed] = await t.core.call('programs.list', { status: 'active' });
    expect(listed!.counts).toEqual({
      activeMentorships: 1,
      proposedMentorships: 0,
      endedMentorships: 0,
      activeGroups: 1,
      audience: 2,
      audienceWithoutMentor: 1,
    });
    expect(await t.core.call('programs.list', { status: 'closed' })).toEqual([]);
  });
});
