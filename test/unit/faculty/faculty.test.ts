import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../../electron/core/contract';
import { createTempCore, type TempCore } from '../../support/tempCore';

type NewPerson = OperationInput<'faculty.create'>;

const base: NewPerson = {
  name: 'Ada Okafor',
  email: 'ada.okafor@med.example.edu',
  department: 'Medicine',
  rank: 'Assistant Professor',
};

describe('faculty directory', () => {
  let temp: TempCore;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);

  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  });
  afterEach(async () => temp.dispose());

  async function auditRows() {
    return temp.core.session.require().kysely.selectFrom('audit_log').selectAll().orderBy('id').execute();
  }

  it('creates a person with every field, normalising email and de-duplicating interests', async () => {
    const created = await call('faculty.create', {
      ...base,
      email: '  Ada.Okafor@MED.example.edu ',
      employeeId: ' E1001 ',
      division: 'General Internal Medicine',
      track: 'Clinician Educator',
      appointmentStart: '2021-07-01',
      interests: ['teaching', 'teaching', 'health equity'],
      firstTimeLeader: true,
    });
    expect(created).toMatchObject({
      name: 'Ada Okafor',
      email: 'ada.okafor@med.example.edu',
      employeeId: 'E1001',
      division: 'General Internal Medicine',
      track: 'Clinician Educator',
      appointmentStart: '2021-07-01',
      careerStage: 'early',
      careerStageSet: false,
      interests: ['teaching', 'health equity'],
      firstTimeLeader: true,
      active: true,
    });
    expect(await call('faculty.get', { id: created.id })).toEqual(created);
  });

  it('derives career stage from rank and years unless staff set it', async () => {
    const recentProfessor = await call('faculty.create', {
      ...base,
      email: 'p1@x.edu',
      rank: 'Professor',
      appointmentStart: '2020-01-01',
    });
    const longProfessor = await call('faculty.create', {
      ...base,
      email: 'p2@x.edu',
      rank: 'Professor',
      appointmentStart: '2001-01-01',
    });
    const associate = await call('faculty.create', { ...base, email: 'a@x.edu', rank: 'Associate Professor' });
    const chosen = await call('faculty.create', {
      ...base,
      email: 'c@x.edu',
      rank: 'Assistant Professor',
      careerStage: 'mid',
    });
    expect([recentProfessor, longProfessor, associate, chosen].map((p) => p.careerStage)).toEqual([
      'mid',
      'late',
      'mid',
      'mid',
    ]);
    expect(chosen.careerStageSet).toBe(true);
  });

  it('explains each missing or malformed field in plain words', async () => {
    await expect(
      call('faculty.create', { name: ' ', email: 'not-an-email', department: '', rank: 'Dean' as never }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: {
        name: 'Enter the person’s name.',
        email: 'Enter an email address like name@university.edu.',
        department: 'Enter the department.',
        rank: 'Choose a rank.',
      },
    });
    await expect(call('faculty.create', { ...base, appointmentStart: '2021-13-45' })).rejects.toMatchObject({
      fields: { appointmentStart: 'Enter a date as YYYY-MM-DD.' },
    });
    // A day the month does not have is refused too, not rolled into the next month (30 February is not 2 March).
    await expect(call('faculty.create', { ...base, appointmentStart: '2025-02-30' })).rejects.toMatchObject({
      fields: { appointmentStart: 'Enter a date as YYYY-MM-DD.' },
    });
    expect((await call('faculty.list', {})).total).toBe(0);
  });

  it('keeps email (any case) and employee id unique, naming who already has them', async () => {
    await call('faculty.create', { ...base, employeeId: 'E1' });
    await expect(
      call('faculty.create', { ...base, name: 'Other', email: 'ADA.OKAFOR@med.example.edu' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { email: 'ada.okafor@med.example.edu already belongs to Ada Okafor.' },
    });
    await expect(
      call('faculty.create', { ...base, name: 'Other', email: 'o@x.edu', employeeId: 'E1' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { employeeId: 'Employee id E1 already belongs to Ada Okafor.' },
    });
    expect((await call('faculty.list', {})).total).toBe(1);
  });

  it('updates a person, and still checks uniqueness against everyone else', async () => {
    const ada = await call('faculty.create', base);
    const ben = await call('faculty.create', { ...base, name: 'Ben Cho', email: 'ben@x.edu' });
    const updated = await call('faculty.update', {
      ...base,
      id: ada.id,
      department: 'Pediatrics',
      rank: 'Associate Professor',
    });
    expect(updated).toMatchObject({ department: 'Pediatrics', rank: 'Associate Professor', careerStage: 'mid' });
    await expect(call('faculty.update', { ...base, id: ben.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(call('faculty.update', { ...base, id: 9999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await call('faculty.get', { id: ben.id })).email).toBe('ben@x.edu');
  });

  it('deactivates and reactivates; the list shows active people by default', async () => {
    const ada = await call('faculty.create', base);
    await call('faculty.create', { ...base, name: 'Ben Cho', email: 'ben@x.edu' });
    await call('faculty.setActive', { id: ada.id, active: false });
    expect((await call('faculty.list', {})).rows.map((r) => r.name)).toEqual(['Ben Cho']);
    expect((await call('faculty.list', { status: 'inactive' })).rows.map((r) => r.name)).toEqual(['Ada Okafor']);
    expect((await call('faculty.list', { status: 'all' })).total).toBe(2);
    await call('faculty.setActive', { id: ada.id, active: true });
    expect((await call('faculty.list', {})).total).toBe(2);
  });

  it('searches name, email and department, ignoring case and accents, with every word required', async () => {
    await call('faculty.create', { ...base, name: 'María García-López', email: 'mgl@x.edu', department: 'Psychiatry' });
    await call('faculty.create', { ...base, name: 'Jon Park', email: 'jpark@x.edu', department: 'Surgery' });
    await call('faculty.create', { ...base, name: 'Lena Gar', email: 'lena@x.edu', department: 'Psychiatry' });
    const names = async (search: string) => (await call('faculty.list', { search })).rows.map((r) => r.name);
    expect(await names('garcia')).toEqual(['María García-López']);
    expect(await names('GAR psych')).toEqual(['Lena Gar', 'María García-López']);
    expect(await names('jpark@')).toEqual(['Jon Park']);
    expect(await names('surgery')).toEqual(['Jon Park']);
    expect(await names('100%_')).toEqual([]);
    await call('faculty.create', {
      ...base,
      name: 'Søren Łukasz Ærøe',
      email: 'sle@x.edu',
      department: 'Straße Clinic',
    });
    expect(await names('soren lukasz aeroe')).toEqual(['Søren Łukasz Ærøe']);
    expect(await names('strasse')).toEqual(['Søren Łukasz Ærøe']);
  });

  it('filters, sorts (rank by seniority) and pages', async () => {
    const ranks = ['Professor', 'Instructor', 'Associate Professor', 'Assistant Professor'] as const;
    for (const [i, rank] of ranks.entries()) {
      await call('faculty.create', {
        ...base,
        name: `Person ${i}`,
        email: `p${i}@x.edu`,
        rank,
        department: i % 2 ? 'Surgery' : 'Medicine',
      });
    }
    const bySeniority = await call('faculty.list', { sort: 'rank', direction: 'desc' });
    expect(bySeniority.rows.map((r) => r.rank)).toEqual([
      'Professor',
      'Associate Professor',
      'Assistant Professor',
      'Instructor',
    ]);
    expect((await call('faculty.list', { department: 'Surgery' })).rows.map((r) => r.name)).toEqual([
      'Person 1',
      'Person 3',
    ]);
    expect((await call('faculty.list', { rank: 'Instructor' })).total).toBe(1);
    expect((await call('faculty.list', { careerStage: 'early' })).total).toBe(2);
    const page = await call('faculty.list', { sort: 'name', limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((r) => r.name)).toEqual(['Person 2', 'Person 3']);
    expect(await call('faculty.facets', {})).toMatchObject({ departments: ['Medicine', 'Surgery'] });
  });

  it('sorts names as a person reads them: accents and case do not push anyone to the end', async () => {
    for (const [i, name] of ['Zoë Yilmaz', 'Zoë Úlfarsson', 'de la Cruz, Ana', 'Álvaro Bento', 'Chen Wei'].entries()) {
      await call('faculty.create', { ...base, name, email: `s${i}@x.edu` });
    }
    const { rows } = await call('faculty.list', { sort: 'name' });
    expect(rows.map((r) => r.name)).toEqual([
      'Álvaro Bento',
      'Chen Wei',
      'de la Cruz, Ana',
      'Zoë Úlfarsson',
      'Zoë Yilmaz',
    ]);
  });

  it('audits every write in the same transaction — who, what, which record — without record content', async () => {
    const ada = await call('faculty.create', { ...base, interests: ['confidential topic'] });
    await call('faculty.update', { ...base, id: ada.id, department: 'Pediatrics' });
    await call('faculty.setActive', { id: ada.id, active: false });
    await call('faculty.list', {});
    await call('faculty.get', { id: ada.id });
    const rows = await auditRows();
    expect(rows.map((r) => [r.operation, r.record_type, r.record_id, r.actor])).toEqual([
      ['faculty.create', 'faculty', String(ada.id), 'test-user'],
      ['faculty.update', 'faculty', String(ada.id), 'test-user'],
      ['faculty.setActive', 'faculty', String(ada.id), 'test-user'],
    ]);
    expect(rows.every((r) => r.at === '2026-11-23T12:00:00.000Z')).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/Ada|Okafor|Pediatrics|confidential/);
  });

  it('a refused write leaves neither a record nor an audit entry', async () => {
    await call('faculty.create', base);
    await expect(call('faculty.create', { ...base, name: 'Dup' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await auditRows()).toHaveLength(1);
    expect((await call('faculty.list', { status: 'all' })).total).toBe(1);
  });

  it('refuses every records operation while locked', async () => {
    await call('vault.lock', {});
    await expect(call('faculty.list', {})).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringMatching(/locked/),
    });
    expect(await temp.core.invoke('vault.status', {})).toEqual({
      ok: true,
      value: { state: 'locked', databasePath: temp.databasePath },
    });
  });
});
