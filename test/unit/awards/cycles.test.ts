import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { addAwardCycle } from './awardSetup';

describe('award types and cycles', () => {
  let t: TestCore;
  beforeEach(async () => (t = await openTestCore('2025-06-15')));
  afterEach(() => t.close());

  it('creates, lists and updates award types; a second award of the same name is refused', async () => {
    const made = await t.core.call('awards.types.create', { name: 'School Mentoring Award', level: 'school' });
    expect(made).toMatchObject({ name: 'School Mentoring Award', level: 'school', active: true, cycleCount: 0 });
    const error = await expectError(
      t.core.call('awards.types.create', { name: 'school mentoring award', level: 'department' }),
      'CONFLICT',
    );
    expect(error.message).toContain('There is already an award called “school mentoring award”');
    const updated = await t.core.call('awards.types.update', {
      id: made.id,
      name: 'School Mentoring Award',
      level: 'university',
      description: 'For the whole university.',
      active: false,
    });
    expect(updated).toMatchObject({ level: 'university', active: false, description: 'For the whole university.' });
    expect(await t.core.call('awards.types.list', {})).toEqual([updated]);
  });

  it('derives the state of a cycle from its dates and today', async () => {
    const { cycle } = await addAwardCycle(t.core);
    expect(cycle).toMatchObject({ state: 'open', year: 2025, maxSupportLetters: 2, letterPageLimit: 2 });
    t.setToday('2025-04-30');
    expect((await t.core.call('awards.cycles.get', { id: cycle.id })).state).toBe('upcoming');
    t.setToday('2025-07-31');
    expect((await t.core.call('awards.cycles.get', { id: cycle.id })).state).toBe('open');
    t.setToday('2025-08-01');
    expect((await t.core.call('awards.cycles.list', {}))[0]).toMatchObject({ id: cycle.id, state: 'closed' });
  });

  it('refuses a cycle that closes before it opens, and a second cycle in the same year', async () => {
    const { type, cycle } = await addAwardCycle(t.core);
    const backwards = await expectError(
      t.core.call('awards.cycles.create', {
        awardTypeId: type.id,
        year: 2026,
        opensOn: '2026-05-01',
        closesOn: '2026-04-01',
      }),
      'VALIDATION',
    );
    expect(backwards.fields).toEqual({ closesOn: 'The closing date must be after the opening date.' });
    const again = await expectError(
      t.core.call('awards.cycles.create', {
        awardTypeId: type.id,
        year: 2025,
        opensOn: '2025-09-01',
        closesOn: '2025-10-01',
      }),
      'CONFLICT',
    );
    expect(again.message).toBe('This award already has a 2025 cycle. Open that cycle instead of adding another.');
    const updated = await t.core.call('awards.cycles.update', {
      id: cycle.id,
      year: 2025,
      opensOn: '2025-05-01',
      closesOn: '2025-06-01',
      criteria: 'New criteria',
      maxSupportLetters: 3,
      letterPageLimit: null,
      statementPageLimit: 3,
      packetPageLimit: 40,
    });
    expect(updated).toMatchObject({
      state: 'closed',
      criteria: 'New criteria',
      maxSupportLetters: 3,
      letterPageLimit: null,
      statementPageLimit: 3,
      packetPageLimit: 40,
    });
    expect((await t.core.call('awards.types.list', {}))[0]!.cycleCount).toBe(1);
  });
});
