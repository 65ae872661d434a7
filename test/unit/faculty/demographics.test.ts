import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPerson, addProgram, database, openTestCore, type TestCore } from '../../support/mentoringCore';

describe('self-reported demographics', () => {
  let t: TestCore;
  beforeEach(async () => (t = await openTestCore('2026-03-02')));
  afterEach(() => t.close());

  it('are optional, kept as answered, and audited without their content', async () => {
    const person = await addPerson(t.core, 'Chinwe Okafor', 'Assistant Professor', 'Medicine');
    expect(await t.core.call('faculty.demographics.get', { facultyId: person.id })).toEqual({
      gender: null,
      raceEthnicity: [],
      underrepresented: null,
      firstGeneration: null,
      identityMatchingOptIn: false,
    });
    const saved = await t.core.call('faculty.demographics.set', {
      facultyId: person.id,
      gender: 'woman',
      raceEthnicity: ['white', 'black_african_american', 'white'],
      firstGeneration: true,
    });
    expect(saved).toEqual({
      gender: 'woman',
      raceEthnicity: ['black_african_american', 'white'],
      underrepresented: null,
      firstGeneration: true,
      identityMatchingOptIn: false,
    });
    const audit = await database(t.core)
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'faculty.demographics.set')
      .execute();
    expect(audit.map((a) => [a.record_type, a.record_id])).toEqual([['faculty_demographics', String(person.id)]]);
    expect(JSON.stringify(audit)).not.toMatch(/woman|white|black/);
  });

  it('count in a match only when the mentee opted in, and never show their answers', async () => {
    const { core } = t;
    const program = await addProgram(core);
    const mentee = await addPerson(core, 'Mentee', 'Assistant Professor', 'Medicine', { interests: ['genomics'] });
    const same = await addPerson(core, 'Alike', 'Associate Professor', 'Medicine', { interests: ['genomics'] });
    const other = await addPerson(core, 'Other', 'Associate Professor', 'Medicine', { interests: ['genomics'] });
    await core.call('faculty.demographics.set', { facultyId: mentee.id, gender: 'woman', firstGeneration: true });
    await core.call('faculty.demographics.set', { facultyId: same.id, gender: 'woman', firstGeneration: true });
    await core.call('faculty.demographics.set', { facultyId: other.id, gender: 'man' });

    const identityPart = async () => {
      const result = await core.call('matching.suggest', { menteeId: mentee.id, programId: program.id });
      return result.suggestions.map((s) => [s.mentor.name, s.parts.find((p) => p.criterion === 'identity')!.value]);
    };
    expect(await identityPart()).toEqual([
      ['Alike', 0],
      ['Other', 0],
    ]);
    await core.call('faculty.demographics.set', {
      facultyId: mentee.id,
      gender: 'woman',
      firstGeneration: true,
      identityMatchingOptIn: true,
    });
    expect(await identityPart()).toEqual([
      ['Alike', 1],
      ['Other', 0],
    ]);
    const result = await core.call('matching.suggest', { menteeId: mentee.id, programId: program.id });
    expect(result.suggestions[0]!.reasons).toContain('shared background (opted in)');
    expect(JSON.stringify(result)).not.toMatch(/woman|firstGeneration/);
  });
});
