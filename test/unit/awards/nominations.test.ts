import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectedAwardsFor } from '../../../electron/core/awards/selectedAwards';
import { auditCount, database, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { addAwardCycle, addNominationPeople } from './awardSetup';

describe('award nominations', () => {
  let t: TestCore;
  beforeEach(async () => (t = await openTestCore('2025-06-15')));
  afterEach(() => t.close());

  it('nominates, refuses a second nomination of the same person in a cycle, and self-nomination', async () => {
    const { cycle } = await addAwardCycle(t.core);
    const people = await addNominationPeople(t.core);
    const made = await t.core.call('awards.nominations.create', {
      cycleId: cycle.id,
      nomineeId: people.nominee.id,
      nominatorId: people.nominator.id,
      statement: 'She has mentored eleven assistant professors to promotion.',
    });
    expect(made).toMatchObject({
      status: 'draft',
      nominee: { name: 'Siobhán Ó Súilleabháin', department: 'Medicine' },
      nominator: { name: 'Javier García-López' },
      letters: [],
      warnings: [],
      nextStatuses: ['submitted'],
    });
    const before = await auditCount(t.core);
    const duplicate = await expectError(
      t.core.call('awards.nominations.create', {
        cycleId: cycle.id,
        nomineeId: people.nominee.id,
        nominatorId: people.other.id,
      }),
      'DUPLICATE_NOMINATION',
    );
    expect(duplicate.message).toBe(
      `Siobhán Ó Súilleabháin is already nominated for the 2025 ${cycle.awardType.name} (nomination ${made.id}). Add letters to that nomination instead.`,
    );
    const self = await expectError(
      t.core.call('awards.nominations.create', {
        cycleId: cycle.id,
        nomineeId: people.other.id,
        nominatorId: people.other.id,
      }),
      'SELF_NOMINATION',
    );
    expect(self.message).toBe('A person cannot nominate themselves. Choose a different nominator or nominee.');
    expect(await auditCount(t.core)).toBe(before);
    expect(await t.core.call('awards.nominations.list', { cycleId: cycle.id })).toHaveLength(1);
  });

  it('moves through the allowed statuses with dates, and refuses the others', async () => {
    const { cycle } = await addAwardCycle(t.core);
    const people = await addNominationPeople(t.core);
    const { id } = await t.core.call('awards.nominations.create', {
      cycleId: cycle.id,
      nomineeId: people.nominee.id,
      nominatorId: people.nominator.id,
    });
    const empty = await expectError(
      t.core.call('awards.nominations.setStatus', { id, status: 'submitted' }),
      'VALIDATION',
    );
    expect(empty.message).toBe('Write the nomination statement before submitting.');
    await t.core.call('awards.nominations.update', {
      id,
      nominatorId: people.nominator.id,
      statement: 'A generous mentor.',
    });
    const skipped = await expectError(
      t.core.call('awards.nominations.setStatus', { id, status: 'selected' }),
      'CONFLICT',
    );
    expect(skipped.message).toBe('A nomination that is draft can move to “Submitted”, not to “Selected”.');

    const submitted = await t.core.call('awards.nominations.setStatus', { id, status: 'submitted' });
    expect(submitted).toMatchObject({ status: 'submitted', submittedOn: '2025-06-15', decidedOn: null });
    t.setToday('2025-09-01');
    await t.core.call('awards.nominations.setStatus', { id, status: 'under_review' });
    const locked = await expectError(
      t.core.call('awards.nominations.update', { id, nominatorId: people.nominator.id, statement: 'Changed' }),
      'CONFLICT',
    );
    expect(locked.message).toContain(
      'This nomination is under review, so its statement and letters can no longer change.',
    );
    const selected = await t.core.call('awards.nominations.setStatus', { id, status: 'selected' });
    expect(selected).toMatchObject({ status: 'selected', submittedOn: '2025-06-15', decidedOn: '2025-09-01' });
    expect(selected.nextStatuses).toEqual(['under_review']);

    const deleting = await expectError(t.core.call('awards.nominations.delete', { id }), 'CONFLICT');
    expect(deleting.message).toBe('Only draft nominations can be deleted; this one is selected.');

    const db = database(t.core);
    expect(await selectedAwardsFor(db, people.nominee.id)).toEqual([
      { nominationId: id, awardName: cycle.awardType.name, level: 'department', year: 2025, decidedOn: '2025-09-01' },
    ]);
    expect(await selectedAwardsFor(db, people.nominee.id, '2025-01-01', '2025-08-31')).toEqual([]);
    expect(await selectedAwardsFor(db, people.nominator.id)).toEqual([]);
  });

  it('keeps drafts outside the cycle’s dates with a warning, but refuses to submit after the close', async () => {
    const { cycle } = await addAwardCycle(t.core);
    const people = await addNominationPeople(t.core);
    t.setToday('2025-08-02');
    const late = await t.core.call('awards.nominations.create', {
      cycleId: cycle.id,
      nomineeId: people.nominee.id,
      nominatorId: people.nominator.id,
      statement: 'Late but heartfelt.',
    });
    expect(late.warnings).toEqual([
      {
        code: 'CYCLE_NOT_OPEN',
        message: 'The cycle closed on 2025-07-31. This draft is kept, but it can no longer be submitted.',
      },
    ]);
    const refused = await expectError(
      t.core.call('awards.nominations.setStatus', { id: late.id, status: 'submitted' }),
      'CYCLE_CLOSED',
    );
    expect(refused.message).toBe(
      `The 2025 ${cycle.awardType.name} closed on 2025-07-31, so nominations can no longer be submitted. It can be kept as a draft.`,
    );
    expect((await t.core.call('awards.nominations.get', { id: late.id })).status).toBe('draft');
    await t.core.call('awards.nominations.delete', { id: late.id });
    expect(await t.core.call('awards.nominations.list', { cycleId: cycle.id })).toEqual([]);
  });

  it('warns when the statement is longer than the cycle allows', async () => {
    const { cycle } = await addAwardCycle(t.core, { statementPageLimit: 1 });
    const people = await addNominationPeople(t.core);
    const made = await t.core.call('awards.nominations.create', {
      cycleId: cycle.id,
      nomineeId: people.nominee.id,
      nominatorId: people.nominator.id,
      statement: 'word '.repeat(1200),
      submit: true,
    });
    expect(made.status).toBe('submitted');
    expect(made.warnings).toEqual([
      {
        code: 'STATEMENT_OVER_PAGE_LIMIT',
        message: 'The statement is about 3 pages (at 500 words a page); this cycle allows 1.',
      },
    ]);
  });
});
