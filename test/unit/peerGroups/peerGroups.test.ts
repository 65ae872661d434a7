import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Faculty } from '../../../electron/core/faculty/contract';
import {
  addPerson,
  addProgram,
  auditCount,
  database,
  expectError,
  openTestCore,
  type TestCore,
} from '../../support/mentoringCore';

let t: TestCore;
let programId: number;
let facilitator: Faculty;
let juniors: Faculty[];

beforeEach(async () => {
  t = await openTestCore();
  programId = (await addProgram(t.core, { name: 'Faculty Peer Mentoring Program' })).id;
  facilitator = await addPerson(t.core, 'Ingrid Håkansson', 'Professor', 'Neurology');
  const names = [
    'Aiko Itō',
    'Barış Çelik',
    'Chloé Girard',
    'Deepa Iyer',
    'Emeka Eze',
    'Fatima Haddad',
    'Gonçalo Simões',
    'Hạnh Võ',
    'Ísak Sigurðsson',
  ];
  juniors = [];
  for (const name of names) juniors.push(await addPerson(t.core, name, 'Assistant Professor', 'Medicine'));
});
afterEach(() => t.close());

const createGroup = (extra: Record<string, unknown> = {}) =>
  t.core.call('peerGroups.create', {
    programId,
    name: 'Cedar Group',
    focus: 'Preparing for promotion',
    facilitatorId: facilitator.id,
    grouping: 'research_area',
    schedule: 'Monthly, first Tuesday, 12:00–13:30',
    meetingMinutes: 90,
    costsCents: 12_550,
    startedOn: '2025-01-15',
    ...extra,
  });

const join = (groupId: number, person: Faculty) =>
  t.core.call('peerGroups.addMember', {
    groupId,
    facultyId: person.id,
    joinedOn: '2025-02-01',
    agreedAttendance: true,
    agreedConfidentiality: true,
  });

describe('peer groups', () => {
  it('creates a group with its structure, facilitator and costs in cents', async () => {
    const group = await createGroup();
    expect(group).toMatchObject({
      name: 'Cedar Group',
      facilitated: true,
      grouping: 'research_area',
      phase: 'initial_facilitation',
      facilitator: { name: 'Ingrid Håkansson' },
      costsCents: 12_550,
      memberCount: 0,
      maxMembers: 8,
      isFull: false,
      warnings: [],
    });
    await expectError(createGroup(), 'CONFLICT');
  });

  it('refuses a ninth member with GROUP_FULL, and nothing changes', async () => {
    const group = await createGroup();
    let latest = group;
    for (const person of juniors.slice(0, 8)) latest = await join(group.id, person);
    expect(latest).toMatchObject({ memberCount: 8, isFull: true });

    const auditBefore = await auditCount(t.core);
    const rowsBefore = await database(t.core).selectFrom('peer_group_members').selectAll().execute();
    const error = await expectError(join(group.id, juniors[8]!), 'GROUP_FULL');
    expect(error.message).toBe(
      'Cedar Group already has 8 members, the most a peer mentoring group can have in Faculty Peer Mentoring Program (8). Remove a member first, or start another group.',
    );
    expect(await database(t.core).selectFrom('peer_group_members').selectAll().execute()).toEqual(rowsBefore);
    expect(await auditCount(t.core)).toBe(auditBefore);
    const after = await t.core.call('peerGroups.get', { id: group.id });
    expect(after.memberCount).toBe(8);
    expect(after.members.map((m) => m.person.id)).not.toContain(juniors[8]!.id);
  });

  it('takes the limit from the program, and a member leaving frees the seat', async () => {
    const small = await addProgram(t.core, { name: 'Small groups', maxGroupSize: 3 });
    const group = await createGroup({ programId: small.id, name: 'Trio' });
    for (const person of juniors.slice(0, 3)) await join(group.id, person);
    const error = await expectError(join(group.id, juniors[3]!), 'GROUP_FULL');
    expect(error.message).toContain('already has 3 members');

    const left = await t.core.call('peerGroups.removeMember', {
      groupId: group.id,
      facultyId: juniors[0]!.id,
      leftOn: '2025-05-01',
    });
    expect(left.memberCount).toBe(2);
    expect(left.formerMembers.map((m) => [m.person.id, m.leftOn])).toEqual([[juniors[0]!.id, '2025-05-01']]);
    const joined = await join(group.id, juniors[3]!);
    expect(joined.memberCount).toBe(3);
    // Someone who left can come back once there is room again.
    await t.core.call('peerGroups.removeMember', { groupId: group.id, facultyId: juniors[1]!.id });
    expect((await join(group.id, juniors[0]!)).memberCount).toBe(3);
  });

  it('warns when the program’s limit is lowered below a group’s size, and lets no one join', async () => {
    const group = await createGroup();
    for (const person of juniors.slice(0, 4)) await join(group.id, person);
    await t.core.call('programs.update', {
      id: programId,
      name: 'Faculty Peer Mentoring Program',
      sponsor: 'OAA',
      maxGroupSize: 3,
    });
    const after = await t.core.call('peerGroups.get', { id: group.id });
    expect(after).toMatchObject({ memberCount: 4, maxMembers: 3, isFull: true });
    expect(after.warnings.map((w) => w.message)).toContain(
      'This group has 4 members, more than the 3 its program allows. No one can join until it is below the limit.',
    );
    await expectError(join(group.id, juniors[4]!), 'GROUP_FULL');
  });

  it('warns when the facilitator is not senior to every member, and when agreements are missing', async () => {
    const group = await createGroup();
    const peer = await addPerson(t.core, 'Jiří Černý', 'Professor', 'Medicine');
    const withPeer = await t.core.call('peerGroups.addMember', {
      groupId: group.id,
      facultyId: peer.id,
      joinedOn: '2025-02-01',
    });
    expect(withPeer.warnings.map((w) => w.code)).toEqual(['FACILITATOR_NOT_SENIOR', 'MEMBER_AGREEMENT_MISSING']);
    expect(withPeer.warnings[0]!.message).toBe(
      'Ingrid Håkansson (Professor) facilitates this group but is not senior to Jiří Černý (Professor). The peer facilitator is usually a more senior faculty member.',
    );
    expect(withPeer.warnings[1]!.message).toBe(
      'Jiří Černý (Professor) has not yet agreed to attend the meetings and keep the group’s discussions confidential.',
    );
    const agreed = await t.core.call('peerGroups.updateMember', {
      groupId: group.id,
      facultyId: peer.id,
      agreedAttendance: true,
      agreedConfidentiality: true,
    });
    expect(agreed.warnings.map((w) => w.code)).toEqual(['FACILITATOR_NOT_SENIOR']);
  });

  it('keeps the facilitator out of the members, refuses duplicates and closed groups', async () => {
    const group = await createGroup();
    await expectError(
      t.core.call('peerGroups.addMember', { groupId: group.id, facultyId: facilitator.id }),
      'CONFLICT',
    );
    await join(group.id, juniors[0]!);
    const duplicate = await expectError(join(group.id, juniors[0]!), 'CONFLICT');
    expect(duplicate.message).toBe('Aiko Itō is already a member of Cedar Group.');
    const moving = await expectError(
      t.core.call('peerGroups.update', {
        id: group.id,
        programId,
        name: 'Cedar Group',
        focus: 'x',
        facilitatorId: juniors[0]!.id,
        startedOn: '2025-01-15',
      }),
      'CONFLICT',
    );
    expect(moving.fields?.facilitatorId).toContain('Remove them as a member');
    await t.core.call('peerGroups.update', {
      id: group.id,
      programId,
      name: 'Cedar Group',
      focus: 'x',
      startedOn: '2025-01-15',
      status: 'closed',
    });
    await expectError(join(group.id, juniors[1]!), 'CONFLICT');
    await expectError(
      t.core.call('peerGroups.addMember', { groupId: group.id, facultyId: juniors[2]!.id, joinedOn: '2024-12-01' }),
      'CONFLICT',
    );
  });

  it('refuses a join date before the group started', async () => {
    const group = await createGroup();
    const error = await expectError(
      t.core.call('peerGroups.addMember', { groupId: group.id, facultyId: juniors[0]!.id, joinedOn: '2024-12-01' }),
      'VALIDATION',
    );
    expect(error.fields?.joinedOn).toBe('The group started on 2025-01-15; the join date cannot be earlier.');
  });

  it('lists groups by program and by person (member or facilitator)', async () => {
    const group = await createGroup();
    await join(group.id, juniors[0]!);
    const other = await createGroup({ name: 'Aspen Group', facilitatorId: null });
    expect((await t.core.call('peerGroups.list', {})).map((g) => g.name)).toEqual(['Aspen Group', 'Cedar Group']);
    expect((await t.core.call('peerGroups.list', { personId: juniors[0]!.id })).map((g) => g.id)).toEqual([group.id]);
    expect((await t.core.call('peerGroups.list', { personId: facilitator.id })).map((g) => g.id)).toEqual([group.id]);
    expect((await t.core.call('peerGroups.list', { personId: juniors[5]!.id })).map((g) => g.id)).toEqual([]);
    expect(other.facilitator).toBeNull();
  });
});
