import { describe, expect, it } from 'vitest';
import { displayName, nameKey } from '../../../electron/core/imports/matching/names';
import { PeopleIndex, type PersonRecord } from '../../../electron/core/imports/matching/people';

const person = (id: number, name: string, email: string, employeeId: string | null = null): PersonRecord => ({
  id,
  name,
  email,
  employeeId,
  department: 'Medicine',
  active: true,
  rank: 'Professor',
  careerStage: 'late',
});

describe('names', () => {
  it('reduces spellings of one name to one key', () => {
    const key = nameKey('Rosa Nguyen-Tran');
    expect(nameKey('Nguyen-Tran, Rosa')).toBe(key);
    expect(nameKey('ROSA Q. NGUYEN TRAN, MD')).toBe(key);
    expect(nameKey('Wei Ó Súilleabháin')).toBe(nameKey('O Suilleabhain, Wei'));
    expect(nameKey("Chen O'Brien")).toBe(nameKey('Chen OBrien'));
    expect(nameKey('John Michael Smith')).not.toBe(nameKey('John Smith'));
    expect(displayName('Nguyen-Tran, Rosa')).toBe('Rosa Nguyen-Tran');
    expect(displayName('Smith, MD')).toBe('Smith, MD');
  });
});

describe('matching people', () => {
  const index = new PeopleIndex([
    person(1, 'Ada Okafor', 'ada.okafor@x.edu', 'E1'),
    person(2, 'Diego Quinn', 'diego.quinn@x.edu', 'E2'),
    person(3, 'Diego Quinn', 'diego.quinn2@x.edu', 'E3'),
    person(4, 'María García-López', 'mgl@x.edu', null),
  ]);

  it('tries employee id, then email ignoring case and spaces, then name', () => {
    expect(index.match({ employeeId: ' e1 ', email: null, name: null })).toMatchObject({
      status: 'matched',
      by: 'employeeId',
      person: { id: 1 },
    });
    expect(index.match({ employeeId: 'E999', email: ' ADA.Okafor@X.EDU ', name: null })).toMatchObject({
      status: 'matched',
      by: 'email',
      person: { id: 1 },
    });
    expect(index.match({ employeeId: null, email: 'gmail@y.com', name: 'Garcia-Lopez, Maria' })).toMatchObject({
      status: 'matched',
      by: 'name',
      person: { id: 4 },
    });
    expect(index.match({ employeeId: null, email: null, name: 'Nobody Here' })).toEqual({ status: 'unmatched' });
  });

  it('never links a shared name automatically', () => {
    const result = index.match({ employeeId: null, email: 'dq@gmail.com', name: 'Quinn, Diego' });
    expect(result.status).toBe('ambiguous');
    expect(result.status === 'ambiguous' && result.candidates.map((c) => c.id)).toEqual([2, 3]);
    // An employee id that differs from the named person's rules that person out.
    expect(index.match({ employeeId: 'E77', email: null, name: 'Ada Okafor' })).toEqual({ status: 'unmatched' });
  });

  it('notes when the email points at someone other than the employee id', () => {
    expect(index.match({ employeeId: 'E1', email: 'mgl@x.edu', name: null })).toMatchObject({
      by: 'employeeId',
      person: { id: 1 },
      note: expect.stringMatching(/García/),
    });
  });
});
