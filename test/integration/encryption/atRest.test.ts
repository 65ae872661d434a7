import { afterEach, describe, expect, it } from 'vitest';
import { createTempCore, testPassphrase, type TempCore } from '../../support/tempCore';
import { filesContainingPlaintext, filesIn } from '../../support/plaintextScan';

const people = [
  {
    name: 'Siobhán Ó Súilleabháin',
    email: 'siobhan.osuilleabhain@med.example.edu',
    department: 'Psychiatry and Behavioral Sciences',
  },
  { name: 'Nguyễn Thị Minh Khai', email: 'minh.nguyen@med.example.edu', department: 'Dermatology Outreach' },
  { name: 'Zbigniew Kowalczyk-Wrzesniewski', email: 'zkw@med.example.edu', department: 'Nephrology Research Unit' },
];

describe('records at rest', () => {
  let temp: TempCore | undefined;
  afterEach(async () => temp?.dispose());

  it('no record text is readable in the database, its WAL, or any other file in the data folder', async () => {
    temp = await createTempCore();
    const ids: number[] = [];
    for (const [i, person] of people.entries()) {
      const created = await temp.core.call('faculty.create', {
        ...person,
        rank: 'Associate Professor',
        employeeId: `EMPLOYEE-${i}-XYZZY`,
        interests: ['serious mental illness outreach'],
      });
      ids.push(created.id);
    }
    // Matching's confidential words and self-reported demographic answers (issue 15).
    await temp.core.call('matching.neverPairs.add', {
      personId: ids[0]!,
      otherId: ids[1]!,
      reason: 'Unresolved authorship dispute QWERTY',
    });
    await temp.core.call('matching.request.set', {
      menteeId: ids[2]!,
      topics: ['transplant nephrology outreach'],
      note: 'Prefers a mentor outside the division PLUGH',
    });
    await temp.core.call('faculty.demographics.set', {
      facultyId: ids[2]!,
      gender: 'nonbinary',
      raceEthnicity: ['middle_eastern_north_african', 'native_hawaiian_pacific_islander'],
      underrepresented: true,
      firstGeneration: true,
      identityMatchingOptIn: true,
    });
    const needles = [
      ...people.flatMap((p) => [p.name, p.email, p.department]),
      'Súilleabháin',
      'XYZZY',
      'serious mental illness',
      'authorship dispute QWERTY',
      'transplant nephrology outreach',
      'outside the division PLUGH',
      'nonbinary',
      'middle_eastern_north_african',
      'native_hawaiian_pacific_islander',
    ];

    // While open: the WAL holds the latest pages and has not been checkpointed.
    expect(filesIn(temp.dir)).toEqual(expect.arrayContaining(['trellis.db', 'trellis.db-wal', 'trellis.db.keys']));
    expect(filesContainingPlaintext(temp.dir, needles)).toEqual([]);

    // After locking (checkpoint into the main file) and reopening.
    await temp.core.call('vault.lock', {});
    expect(filesContainingPlaintext(temp.dir, needles)).toEqual([]);
    await temp.core.call('vault.unlock', { passphrase: testPassphrase });
    const { rows } = await temp.core.call('faculty.list', { search: 'suilleabhain' });
    expect(rows.map((r) => r.name)).toEqual(['Siobhán Ó Súilleabháin']);
  });
});
