import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Matrix } from '../../../electron/core/matrix/contract';
import { createTempCore, type TempCore } from '../../support/tempCore';
import { createProgram } from '../../support/programs';

describe('the role–responsibility matrix', () => {
  let temp: TempCore;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);
  const role = (m: Matrix, name: string) => m.roles.find((r) => r.name === name)!;
  const cell = (m: Matrix, roleName: string, columnIndex: number) =>
    m.responsibilities
      .filter((r) => r.roleId === role(m, roleName).id && r.columnId === m.columns[columnIndex]!.id)
      .sort((a, b) => a.position - b.position)
      .map((r) => r.text);

  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  });
  afterEach(async () => temp.dispose());

  async function auditOps() {
    const rows = await temp.core.session
      .require()
      .kysely.selectFrom('audit_log')
      .select(['operation', 'record_type'])
      .execute();
    return rows.map((r) => r.operation);
  }

  it('starts with the default matrix: 7 roles, 3 columns, the seed’s responsibilities', async () => {
    const m = await call('matrix.get', {});
    expect(m.roles).toHaveLength(7);
    expect(m.columns).toHaveLength(3);
    expect(m.responsibilities).toHaveLength(43);
    expect(cell(m, 'Sponsor', 0)).toEqual([]);
    expect(role(m, 'Mentor').personRole).toBe('mentor');
    expect(role(m, 'Mentee').personRole).toBe('mentee');
    expect(m.program).toBeNull();
  });

  it('loads the defaults once: an office that empties a cell keeps it empty after unlocking again', async () => {
    let m = await call('matrix.get', {});
    for (const r of m.responsibilities.filter((x) => x.roleId === role(m, 'Mentor').id)) {
      await call('matrix.deleteResponsibility', { id: r.id });
    }
    await call('vault.lock', {});
    await call('vault.unlock', { passphrase: 'a long test passphrase' });
    m = await call('matrix.get', {});
    expect(cell(m, 'Mentor', 1)).toEqual([]);
  });

  it('edits text in place, adds at a position, and audits each change', async () => {
    let m = await call('matrix.get', {});
    const first = m.responsibilities.find((r) => r.roleId === role(m, 'Mentor').id && r.position === 0)!;
    await call('matrix.updateResponsibility', {
      id: first.id,
      text: 'Help the mentee write an individual career plan',
    });
    await call('matrix.addResponsibility', {
      roleId: role(m, 'Mentor').id,
      columnId: m.columns[1]!.id,
      text: 'Meet at least quarterly',
      position: 1,
    });
    m = await call('matrix.get', {});
    expect(cell(m, 'Mentor', 1)).toEqual([
      'Help the mentee write an individual career plan',
      'Meet at least quarterly',
      'Connect mentee with resources and opportunities',
      'Make introductions to sponsors',
      'Develop mentee skills in negotiating',
    ]);
    await expect(call('matrix.updateResponsibility', { id: first.id, text: '   ' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { text: 'Enter the responsibility.' },
    });
    expect(await auditOps()).toEqual(['matrix.updateResponsibility', 'matrix.addResponsibility']);
  });

  it('reorders within a cell and moves a responsibility to another cell, closing the gap', async () => {
    let m = await call('matrix.get', {});
    const mentorCell = m.responsibilities
      .filter((r) => r.roleId === role(m, 'Mentor').id)
      .sort((a, b) => a.position - b.position);
    await call('matrix.moveResponsibility', {
      id: mentorCell[3]!.id,
      roleId: role(m, 'Mentor').id,
      columnId: m.columns[1]!.id,
      position: 0,
    });
    m = await call('matrix.get', {});
    expect(cell(m, 'Mentor', 1)[0]).toBe('Develop mentee skills in negotiating');

    await call('matrix.moveResponsibility', {
      id: mentorCell[2]!.id,
      roleId: role(m, 'Sponsor').id,
      columnId: m.columns[1]!.id,
      position: 0,
    });
    m = await call('matrix.get', {});
    expect(cell(m, 'Sponsor', 1)).toEqual(['Make introductions to sponsors']);
    expect(cell(m, 'Mentor', 1)).toEqual([
      'Develop mentee skills in negotiating',
      'Help mentee develop, enact, and evaluate individual career plan',
      'Connect mentee with resources and opportunities',
    ]);
    const positions = m.responsibilities
      .filter((r) => r.roleId === role(m, 'Mentor').id)
      .map((r) => r.position)
      .sort();
    expect(positions).toEqual([0, 1, 2]);
  });

  it('undoes a delete: same id, same place, same program status', async () => {
    const program = await createProgram(temp.core, 'Junior Faculty Mentoring');
    let m = await call('matrix.get', {});
    const target = m.responsibilities.find(
      (r) => r.roleId === role(m, 'Mentee').id && r.columnId === m.columns[1]!.id && r.position === 1,
    )!;
    await call('matrix.setStatus', {
      programId: program,
      responsibilityId: target.id,
      status: 'in_progress',
      note: 'Workshop booked',
    });
    const deleted = await call('matrix.deleteResponsibility', { id: target.id });
    m = await call('matrix.get', {});
    expect(m.responsibilities.some((r) => r.id === target.id)).toBe(false);
    expect(cell(m, 'Mentee', 1)).toHaveLength(2);

    await call('matrix.restoreResponsibility', deleted);
    m = await call('matrix.get', { programId: program });
    expect(cell(m, 'Mentee', 1)).toEqual([
      'Think critically about training gaps and areas for growth to reach career goals',
      'Seek out training and advancement opportunities',
      'Seek mentor, sponsor, and institutional support (e.g., nominations) in obtaining opportunities',
    ]);
    expect(m.responsibilities.find((r) => r.text === target.text)!.id).toBe(target.id);
    expect(m.program!.statuses).toEqual([
      { responsibilityId: target.id, status: 'in_progress', statusDate: '2026-11-23', note: 'Workshop booked' },
    ]);
    await expect(call('matrix.restoreResponsibility', deleted)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('renames, adds and reorders roles and columns', async () => {
    let m = await call('matrix.get', {});
    await call('matrix.renameColumn', { id: m.columns[0]!.id, heading: 'Infrastructure & culture' });
    const added = await call('matrix.addColumn', { heading: 'Scholarship' });
    await call('matrix.moveColumn', { id: added.id, position: 0 });
    const facilitator = await call('matrix.addRole', { name: 'Group Facilitator' });
    await call('matrix.moveRole', { id: facilitator.id, position: 4 });
    await call('matrix.renameRole', { id: role(m, 'Mentor').id, name: 'Primary Mentor' });
    m = await call('matrix.get', {});
    expect(m.columns.map((c) => c.heading)).toEqual([
      'Scholarship',
      'Infrastructure & culture',
      'Career development and advancement',
      'Well-being, equity and work–life integration',
    ]);
    expect(m.roles.map((r) => r.name)).toEqual([
      'Institution Faculty/Career Development Office',
      'Mentoring Program',
      "Department Dean's Office",
      'Primary Mentor',
      'Group Facilitator',
      'Sponsor',
      'Mid-Career Colleagues/Peer Mentors',
      'Mentee',
    ]);
    expect(role(m, 'Primary Mentor').personRole).toBe('mentor');
    expect(m.roles.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('resets to the default content only when confirmed', async () => {
    let m = await call('matrix.get', {});
    await call('matrix.renameRole', { id: role(m, 'Mentor').id, name: 'Changed' });
    await expect(call('matrix.reset', { confirm: false as never })).rejects.toMatchObject({ code: 'VALIDATION' });
    m = await call('matrix.reset', { confirm: true });
    expect(m.roles.map((r) => r.name)).toContain('Mentor');
    expect(m.roles.map((r) => r.name)).not.toContain('Changed');
    expect(m.responsibilities).toHaveLength(43);
    expect(await auditOps()).toContain('matrix.reset');
  });

  it('tracks a program: holders, statuses, progress per role and column, and unowned responsibilities', async () => {
    const program = await createProgram(temp.core, 'Mid-Career Support');
    const dean = await call('faculty.create', {
      name: 'Dana Dean',
      email: 'dean@x.edu',
      department: 'Medicine',
      rank: 'Professor',
    });
    let m = await call('matrix.get', {});
    await call('matrix.setHolder', {
      programId: program,
      roleId: role(m, "Department Dean's Office").id,
      facultyId: dean.id,
    });
    await call('matrix.setHolder', {
      programId: program,
      roleId: role(m, 'Mentoring Program').id,
      officeName: 'Office of Academic Affairs',
    });
    await expect(call('matrix.setHolder', { programId: program, roleId: role(m, 'Mentor').id })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const deanItems = m.responsibilities.filter((r) => r.roleId === role(m, "Department Dean's Office").id);
    await call('matrix.setStatus', {
      programId: program,
      responsibilityId: deanItems[0]!.id,
      status: 'done',
      statusDate: '2026-10-01',
    });
    await call('matrix.setStatus', { programId: program, responsibilityId: deanItems[1]!.id, status: 'in_progress' });
    await call('matrix.setStatus', {
      programId: program,
      responsibilityId: deanItems[2]!.id,
      status: 'not_applicable',
    });
    await call('matrix.setStatus', {
      programId: program,
      responsibilityId: deanItems[2]!.id,
      status: 'done',
      note: 'Revisited',
    });

    m = await call('matrix.get', { programId: program });
    const p = m.program!;
    expect(p.programName).toBe('Mid-Career Support');
    expect(p.holders.map((h) => h.facultyName ?? h.officeName)).toEqual(['Dana Dean', 'Office of Academic Affairs']);
    expect(p.progressByRole[role(m, "Department Dean's Office").id]).toEqual({
      total: 9,
      done: 2,
      inProgress: 1,
      notStarted: 6,
      notApplicable: 0,
    });
    const firstColumn = m.columns[0]!.id;
    expect(p.progressByColumn[firstColumn]!.total).toBe(3 + 3 + 4 + 0 + 0 + 0 + 2);
    const unownedRoles = new Set(
      p.unownedResponsibilityIds.map((id) => m.responsibilities.find((r) => r.id === id)!.roleId),
    );
    expect([...unownedRoles].map((id) => m.roles.find((r) => r.id === id)!.name).sort()).toEqual(
      [
        'Institution Faculty/Career Development Office',
        'Mentee',
        'Mentor',
        'Mid-Career Colleagues/Peer Mentors',
      ].sort(),
    );
    const withNote = p.statuses.find((s) => s.responsibilityId === deanItems[2]!.id)!;
    expect(withNote).toMatchObject({ status: 'done', note: 'Revisited', statusDate: '2026-11-23' });
  });

  it('derives the roles a person holds from their mentorships, in a fixed order', async () => {
    const program = await createProgram(temp.core, 'Junior Faculty Mentoring');
    const mentor = await call('faculty.create', {
      name: 'Maya Mentor',
      email: 'maya@x.edu',
      department: 'Medicine',
      rank: 'Professor',
    });
    const mentee = await call('faculty.create', {
      name: 'Theo Mentee',
      email: 'theo@x.edu',
      department: 'Medicine',
      rank: 'Assistant Professor',
    });
    const other = await call('faculty.create', {
      name: 'Rae Junior',
      email: 'rae@x.edu',
      department: 'Surgery',
      rank: 'Instructor',
    });
    await call('mentorships.create', {
      programId: program,
      startDate: '2026-09-01',
      mentorId: mentor.id,
      menteeId: mentee.id,
    });
    await call('mentorships.create', {
      programId: program,
      startDate: '2026-09-01',
      mentorId: mentor.id,
      menteeId: other.id,
      kind: 'sponsor',
    });
    const forMentor = await call('matrix.expectationsFor', { facultyId: mentor.id });
    expect(forMentor.map((e) => [e.role, e.roleName, e.responsibilities.length])).toEqual([
      ['mentor', 'Mentor', 4],
      ['sponsor', 'Sponsor', 0],
    ]);
    const forMentee = await call('matrix.expectationsFor', { facultyId: mentee.id });
    expect(forMentee).toEqual([
      {
        role: 'mentee',
        roleName: 'Mentee',
        responsibilities: [
          'Identify career goals and intersections with institutional priorities',
          'Participate in needs assessments, provide candid feedback to support continued development of faculty support initiatives',
          'Think critically about training gaps and areas for growth to reach career goals',
          'Seek out training and advancement opportunities',
          'Seek mentor, sponsor, and institutional support (e.g., nominations) in obtaining opportunities',
          'Evaluate career plans and satisfaction',
          'Evaluate home life priorities and balance with career goals',
          'Build an influential network',
        ],
      },
    ]);
  });

  it('shows a person what is expected of them in the roles they hold', async () => {
    const program = await createProgram(temp.core, 'Junior Faculty Mentoring');
    const person = await call('faculty.create', {
      name: 'Sam Senior',
      email: 'sam@x.edu',
      department: 'Medicine',
      rank: 'Professor',
    });
    const m = await call('matrix.get', {});
    await call('matrix.setHolder', { programId: program, roleId: role(m, 'Mentor').id, facultyId: person.id });
    const expectations = await call('matrix.expectationsFor', { facultyId: person.id });
    expect(expectations).toEqual([
      {
        role: 'mentor',
        roleName: 'Mentor',
        responsibilities: [
          'Help mentee develop, enact, and evaluate individual career plan',
          'Connect mentee with resources and opportunities',
          'Make introductions to sponsors',
          'Develop mentee skills in negotiating',
        ],
      },
    ]);
  });
});
