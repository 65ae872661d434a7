import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditCount, database, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { addFaculty, participantOf, workshopWithPeople } from '../../support/workshops';
import { pairKey, pairsOf, repeatCount } from './planChecks';

describe('workshops', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore('2026-03-10');
  });
  afterEach(async () => t.close());

  it('a new workshop has seed 002’s defaults: 4 rounds of 10 minutes, half-time at 5, facilitators from the directory or not', async () => {
    const program = await t.core.call('programs.create', { name: 'Peer Program', sponsor: 'OAA' });
    const [facilitator] = await addFaculty(t.core, 1, 'Professor');
    const workshop = await t.core.call('workshops.create', {
      programId: program.id,
      heldOn: '2026-03-10',
      facilitators: [{ facultyId: facilitator!.id }, { name: 'Office of Academic Affairs staff' }],
    });
    expect(workshop).toMatchObject({
      title: 'Peer Mentoring for Career Success',
      roundMinutes: 10,
      roundCount: 4,
      tableCount: null,
      roundSeconds: 600,
      halfTimeSeconds: 300,
      planned: false,
      rounds: [],
      plan: null,
    });
    expect(workshop.facilitators.map((f) => [f.name, f.person?.id ?? null])).toEqual([
      [facilitator!.name, facilitator!.id],
      ['Office of Academic Affairs staff', null],
    ]);
    expect((await t.core.call('workshops.list', {})).map((w) => w.id)).toEqual([workshop.id]);
    await expectError(
      t.core.call('workshops.create', { programId: program.id, heldOn: '2026-03-10', roundMinutes: 1 }),
      'VALIDATION',
    );
  });

  it('adds people from a peer group, a department and a program’s audience, each once, leaving inactive people out', async () => {
    const { program, people, workshop } = await workshopWithPeople(t.core, 0);
    const staff = await addFaculty(t.core, 12);
    const group = await t.core.call('peerGroups.create', {
      programId: program.id,
      name: 'Promotion Circle',
      focus: 'Preparing for promotion',
      startedOn: '2026-01-05',
    });
    for (const p of staff.slice(0, 3))
      await t.core.call('peerGroups.addMember', { groupId: group.id, facultyId: p.id });
    const fromGroup = await t.core.call('workshops.addParticipants', {
      workshopId: workshop.id,
      source: { kind: 'peerGroup', groupId: group.id },
    });
    expect([fromGroup.added, fromGroup.alreadyIn]).toEqual([3, 0]);
    // Staff 0, 6 and 12 are in Medicine; 0 is already on the list, 12 has left the school.
    const retired = (await addFaculty(t.core, 13))[12]!;
    expect(retired.department).toBe('Medicine');
    await t.core.call('faculty.setActive', { id: retired.id, active: false });
    const fromDepartment = await t.core.call('workshops.addParticipants', {
      workshopId: workshop.id,
      source: { kind: 'department', department: 'Medicine' },
    });
    expect([fromDepartment.added, fromDepartment.alreadyIn, fromDepartment.inactive]).toEqual([3, 1, 1]);
    const audience = await t.core.call('workshops.addParticipants', {
      workshopId: workshop.id,
      source: { kind: 'programAudience', programId: program.id },
    });
    expect([audience.added, audience.alreadyIn, audience.inactive]).toEqual([24 - 6, 6, 1]);
    expect(audience.workshop.participants).toHaveLength(24);
    expect(people).toEqual([]);
    expect(audience.workshop.participants.every((p) => p.source === 'directory' && p.attendance === 'expected')).toBe(
      true,
    );
  });

  it('a walk-in the directory does not know keeps their name without a record; one it knows is that person', async () => {
    const { people, workshop } = await workshopWithPeople(t.core, 2);
    const stranger = await t.core.call('workshops.addWalkIn', {
      workshopId: workshop.id,
      name: 'Walk-in Visitor',
      email: 'visitor@elsewhere.example.org',
      department: 'Nursing',
    });
    const visitor = stranger.participants.find((p) => p.name === 'Walk-in Visitor')!;
    expect(visitor).toMatchObject({ person: null, source: 'walk_in', attendance: 'present', department: 'Nursing' });
    expect((await t.core.call('faculty.list', { status: 'all' })).total).toBe(2);

    const colleague = (await addFaculty(t.core, 3))[2]!;
    const known = await t.core.call('workshops.addWalkIn', {
      workshopId: workshop.id,
      name: 'Typed at the door',
      email: colleague.email.toUpperCase(),
    });
    expect(known.participants.find((p) => p.person?.id === colleague.id)).toMatchObject({ name: colleague.name });
    await expectError(
      t.core.call('workshops.addWalkIn', { workshopId: workshop.id, name: 'Again', email: people[0]!.email }),
      'ALREADY_PARTICIPANT',
    );
    const linked = await t.core.call('workshops.linkParticipant', {
      participantId: visitor.id,
      facultyId: (await addFaculty(t.core, 4))[3]!.id,
    });
    expect(linked.participants.find((p) => p.id === visitor.id)!.person).not.toBeNull();
  });

  it('check-in marks who came; only people present are planned, each once a round, with tables', async () => {
    const { workshop, people } = await workshopWithPeople(t.core, 11, { tableCount: 3 });
    await expectError(t.core.call('workshops.plan', { workshopId: workshop.id }), 'NOT_ENOUGH_PARTICIPANTS');
    const ids = workshop.participants.map((p) => p.id);
    await t.core.call('workshops.setAttendance', { participantIds: ids.slice(0, 9), attendance: 'present' });
    await expectError(
      t.core.call('workshops.setAttendance', { participantIds: [ids[10]!], attendance: 'left' }),
      'NOT_CHECKED_IN',
    );
    const planned = await t.core.call('workshops.plan', { workshopId: workshop.id, seed: 12 });
    expect(planned.rounds.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    for (const round of planned.rounds) {
      expect(round.groups.flatMap((g) => g.people.map((p) => p.participantId)).sort()).toEqual(ids.slice(0, 9).sort());
      // Three pairs and the trio over three tables: table 1 takes two of them.
      expect(round.groups.map((g) => g.table).sort()).toEqual([1, 1, 2, 3]);
    }
    expect(planned.plan).toMatchObject({ seed: 12, arrivedSince: [], leftSince: [] });
    expect(repeatCount(planned.rounds.map((r) => r.groups.map((g) => g.people.map((p) => p.participantId))))).toBe(0);
    expect((await t.core.call('workshops.plan', { workshopId: workshop.id, seed: 12 })).rounds).toEqual(planned.rounds);
    expect(people).toHaveLength(11);
  });

  it('never seats together people with a mentorship or a peer group, when the room allows', async () => {
    const { program, people, workshop } = await workshopWithPeople(t.core, 16);
    await t.core.call('mentorships.create', {
      mentorId: people[0]!.id,
      menteeId: people[1]!.id,
      kind: 'mentor',
      programId: program.id,
      startDate: '2025-01-01',
    });
    const group = await t.core.call('peerGroups.create', {
      programId: program.id,
      name: 'Writing Group',
      focus: 'Writing',
      facilitatorId: people[2]!.id,
      startedOn: '2025-09-01',
    });
    for (const p of people.slice(3, 8))
      await t.core.call('peerGroups.addMember', { groupId: group.id, facultyId: p.id });
    await t.core.call('workshops.setAttendance', {
      participantIds: workshop.participants.map((p) => p.id),
      attendance: 'present',
    });
    const planned = await t.core.call('workshops.plan', { workshopId: workshop.id, fromRound: 1, seed: 3 });
    const pid = (i: number) => participantOf(planned, people[i]!.id).id;
    const known = [pairKey(pid(0), pid(1))];
    for (let a = 2; a < 8; a++) for (let b = a + 1; b < 8; b++) known.push(pairKey(pid(a), pid(b)));
    const seated = pairsOf(planned.rounds.map((r) => r.groups.map((g) => g.people.map((p) => p.participantId))));
    expect(seated.filter((pair) => known.includes(pair))).toEqual([]);
  });

  it('after two people leave following round 2, re-planning keeps rounds 1–2 and seats only those still there', async () => {
    const { workshop } = await workshopWithPeople(t.core, 14);
    const ids = workshop.participants.map((p) => p.id);
    await t.core.call('workshops.setAttendance', { participantIds: ids, attendance: 'present' });
    const first = await t.core.call('workshops.plan', { workshopId: workshop.id, seed: 21 });
    const leaving = [ids[3]!, ids[8]!];
    const afterLeaving = await t.core.call('workshops.setAttendance', { participantIds: leaving, attendance: 'left' });
    expect(afterLeaving.plan!.leftSince.sort()).toEqual(
      first.participants
        .filter((p) => leaving.includes(p.id))
        .map((p) => p.name)
        .sort(),
    );
    await expectError(t.core.call('workshops.removeParticipant', { participantId: ids[3]! }), 'PARTICIPANT_CHECKED_IN');
    const again = await t.core.call('workshops.plan', { workshopId: workshop.id, fromRound: 3 });
    expect(again.rounds.slice(0, 2)).toEqual(first.rounds.slice(0, 2));
    for (const round of again.rounds.slice(2)) {
      const seated = round.groups.flatMap((g) => g.people.map((p) => p.participantId));
      expect(seated.sort()).toEqual(ids.filter((id) => !leaving.includes(id)).sort());
    }
    expect(again.plan).toMatchObject({ leftSince: [], arrivedSince: [] });
    expect(repeatCount(again.rounds.map((r) => r.groups.map((g) => g.people.map((p) => p.participantId))))).toBe(0);
    await expectError(t.core.call('workshops.plan', { workshopId: workshop.id, fromRound: 5 }), 'VALIDATION');
  });

  it('nothing confidential in the audit log: who did what to which record', async () => {
    const before = await auditCount(t.core);
    const { workshop } = await workshopWithPeople(t.core, 2);
    await t.core.call('workshops.addWalkIn', { workshopId: workshop.id, name: 'Quietly Confidential Name' });
    const entries = await database(t.core).selectFrom('audit_log').selectAll().execute();
    expect(entries.length).toBeGreaterThan(before);
    expect(JSON.stringify(entries)).not.toContain('Quietly Confidential Name');
    expect(entries.map((e) => e.operation)).toContain('workshops.addWalkIn');
  });
});
