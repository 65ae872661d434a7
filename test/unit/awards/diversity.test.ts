import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suppressGroups } from '../../../electron/core/awards/diversity/suppress';
import type { Rank } from '../../../electron/common/ranks';
import { addPerson, openTestCore, type TestCore } from '../../support/mentoringCore';
import { addAwardCycle } from './awardSetup';

const counts = (entries: [string, number][]) => new Map(entries);
const hidden = 'Hidden so a smaller group cannot be worked out from the total';

describe('diversity review of a nominee pool', () => {
  it('hides every group under 5 and says so', () => {
    expect(
      suppressGroups(
        counts([
          ['Medicine', 7],
          ['Surgery', 2],
          ['Pediatrics', 3],
          ['Psychiatry', 6],
        ]),
        5,
      ),
    ).toEqual([
      { label: 'Medicine', count: 7, suppressed: false, reason: null, note: null },
      { label: 'Psychiatry', count: 6, suppressed: false, reason: null, note: null },
      { label: 'Pediatrics', count: null, suppressed: true, reason: 'small', note: 'Fewer than 5' },
      { label: 'Surgery', count: null, suppressed: true, reason: 'small', note: 'Fewer than 5' },
    ]);
  });

  it('hides a second group when only one is small, so it cannot be worked out from the total', () => {
    expect(
      suppressGroups(
        counts([
          ['Medicine', 9],
          ['Surgery', 1],
          ['Pediatrics', 6],
        ]),
        5,
      ),
    ).toEqual([
      { label: 'Medicine', count: 9, suppressed: false, reason: null, note: null },
      { label: 'Pediatrics', count: null, suppressed: true, reason: 'complement', note: hidden },
      { label: 'Surgery', count: null, suppressed: true, reason: 'small', note: 'Fewer than 5' },
    ]);
    expect(
      suppressGroups(
        counts([
          ['Early career', 5],
          ['Mid-career', 5],
        ]),
        5,
      ).every((g) => !g.suppressed),
    ).toBe(true);
  });

  describe('through the core', () => {
    let t: TestCore;
    beforeEach(async () => (t = await openTestCore('2025-06-15')));
    afterEach(() => t.close());

    it('shows nothing but a note below 5 nominees, then the breakdowns with small groups hidden', async () => {
      const { cycle } = await addAwardCycle(t.core);
      const nominator = await addPerson(t.core, 'Nominating Chair', 'Professor', 'Office');
      expect(await t.core.call('awards.diversity', { cycleId: cycle.id })).toMatchObject({
        total: null,
        note: 'No one has been nominated in this cycle yet.',
        breakdowns: [],
      });
      const pool: [string, Rank][] = [
        ['Medicine', 'Professor'],
        ['Medicine', 'Professor'],
        ['Medicine', 'Associate Professor'],
        ['Medicine', 'Professor'],
        ['Medicine', 'Associate Professor'],
        ['Medicine', 'Professor'],
        ['Surgery', 'Professor'],
        ['Pediatrics', 'Professor'],
        ['Pediatrics', 'Professor'],
        ['Pediatrics', 'Professor'],
        ['Pediatrics', 'Professor'],
        ['Pediatrics', 'Professor'],
      ];
      for (const [index, [department, rank]] of pool.entries()) {
        const nominee = await addPerson(t.core, `Nominee ${index}`, rank, department, { careerStage: 'late' });
        await t.core.call('awards.nominations.create', {
          cycleId: cycle.id,
          nomineeId: nominee.id,
          nominatorId: nominator.id,
        });
        if (index === 3) {
          const small = await t.core.call('awards.diversity', { cycleId: cycle.id });
          expect(small.note).toBe(
            'Fewer than 5 nominees so far, so no breakdown is shown: any group would point at a person.',
          );
          expect(small.breakdowns).toEqual([]);
        }
      }
      const review = await t.core.call('awards.diversity', { cycleId: cycle.id });
      expect(review.total).toBe(12);
      expect(review.breakdowns).toEqual([
        {
          dimension: 'department',
          groups: [
            { label: 'Medicine', count: 6, suppressed: false, reason: null, note: null },
            { label: 'Pediatrics', count: null, suppressed: true, reason: 'complement', note: hidden },
            { label: 'Surgery', count: null, suppressed: true, reason: 'small', note: 'Fewer than 5' },
          ],
        },
        {
          dimension: 'rank',
          groups: [
            { label: 'Professor', count: null, suppressed: true, reason: 'complement', note: hidden },
            { label: 'Associate Professor', count: null, suppressed: true, reason: 'small', note: 'Fewer than 5' },
          ],
        },
        {
          dimension: 'careerStage',
          groups: [{ label: 'Late career', count: 12, suppressed: false, reason: null, note: null }],
        },
      ]);
    });
  });
});
