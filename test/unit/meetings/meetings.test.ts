import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPeople, addProgram, database, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';

let t: TestCore;
let people: Awaited<ReturnType<typeof addPeople>>;
let programId: number;
let mentorshipId: number;

beforeEach(async () => {
  t = await openTestCore();
  people = await addPeople(t.core);
  programId = (await addProgram(t.core)).id;
  mentorshipId = (
    await t.core.call('mentorships.create', {
      mentorId: people.professor.id,
      menteeId: people.assistant.id,
      programId,
      startDate: '2025-01-10',
    })
  ).id;
});
afterEach(() => t.close());

describe('pair meetings', () => {
  it('logs a meeting in one call and keeps the notes out of lists', async () => {
    const meeting = await t.core.call('meetings.log', {
      mentorshipId,
      durationMinutes: 45,
      topics: ['Grant writing', 'Grant writing', 'Promotion dossier'],
      notes: 'Mentee is considering leaving.',
    });
    expect(meeting).toMatchObject({
      heldOn: '2025-06-15',
      title: 'Ana García with Chinwe Okafor',
      topics: ['Grant writing', 'Promotion dossier'],
      notes: 'Mentee is considering leaving.',
      hasNotes: true,
      attendance: [],
    });
    const list = await t.core.call('meetings.list', { mentorshipId });
    expect(list.total).toBe(1);
    expect(list.rows[0]).not.toHaveProperty('notes');
    expect((await t.core.call('mentorships.get', { id: mentorshipId })).lastMeetingOn).toBe('2025-06-15');
  });

  it('refuses dates outside the pair’s life and in the future', async () => {
    const before = await expectError(
      t.core.call('meetings.log', { mentorshipId, heldOn: '2025-01-01', durationMinutes: 30 }),
      'VALIDATION',
    );
    expect(before.fields?.heldOn).toBe('The mentorship started on 2025-01-10; the meeting cannot be earlier.');
    await expectError(
      t.core.call('meetings.log', { mentorshipId, heldOn: '2025-06-20', durationMinutes: 30 }),
      'VALIDATION',
    );
    await t.core.call('mentorships.end', { id: mentorshipId, endedOn: '2025-05-01', reason: 'Done.' });
    await expectError(
      t.core.call('meetings.log', { mentorshipId, heldOn: '2025-05-02', durationMinutes: 30 }),
      'VALIDATION',
    );
    // A meeting before the end can still be logged late.
    await t.core.call('meetings.log', { mentorshipId, heldOn: '2025-04-30', durationMinutes: 30 });
  });

  it('needs exactly one owner, a length, and an active pair', async () => {
    const neither = await expectError(t.core.call('meetings.log', { durationMinutes: 30 }), 'VALIDATION');
    expect(neither.message).toBe('Log the meeting for one mentorship or one peer group.');
    await expectError(t.core.call('meetings.log', { mentorshipId } as never), 'VALIDATION');
    const proposal = await t.core.call('mentorships.create', {
      mentorId: people.pediatrician.id,
      menteeId: people.newcomer.id,
      programId,
      startDate: '2025-06-01',
      status: 'proposed',
    });
    await expectError(t.core.call('meetings.log', { mentorshipId: proposal.id, durationMinutes: 30 }), 'CONFLICT');
    await expectError(
      t.core.call('meetings.log', { mentorshipId, durationMinutes: 30, attendedIds: [people.professor.id] }),
      'VALIDATION',
    );
  });
});

describe('group meetings', () => {
  it('records attendance for everyone who was a member that day, and refuses strangers', async () => {
    const group = await t.core.call('peerGroups.create', {
      programId,
      name: 'Cedar Group',
      focus: 'Teaching skills',
      facilitatorId: people.professor.id,
      startedOn: '2025-01-01',
    });
    for (const person of [people.assistant, people.newcomer, people.associate]) {
      await t.core.call('peerGroups.addMember', { groupId: group.id, facultyId: person.id, joinedOn: '2025-01-05' });
    }
    await t.core.call('peerGroups.removeMember', {
      groupId: group.id,
      facultyId: people.associate.id,
      leftOn: '2025-03-01',
    });

    const meeting = await t.core.call('meetings.log', {
      peerGroupId: group.id,
      heldOn: '2025-04-01',
      durationMinutes: 90,
      attendedIds: [people.assistant.id],
    });
    expect(meeting.title).toBe('Cedar Group');
    expect(meeting.attendance.map((a) => [a.person.name, a.attended])).toEqual([
      ['Chinwe Okafor', true],
      ['Nguyễn Thảo', false],
    ]);

    const stranger = await expectError(
      t.core.call('meetings.log', {
        peerGroupId: group.id,
        heldOn: '2025-04-02',
        durationMinutes: 60,
        attendedIds: [people.associate.id],
      }),
      'VALIDATION',
    );
    expect(stranger.message).toBe('Only members of Cedar Group on 2025-04-02 can be marked as attending.');
    expect(await database(t.core).selectFrom('meetings').selectAll().execute()).toHaveLength(1);

    // The person's meetings include the group meetings they were counted in, and their pair's.
    await t.core.call('meetings.log', { mentorshipId, heldOn: '2025-05-01', durationMinutes: 30 });
    const mine = await t.core.call('meetings.list', { personId: people.assistant.id });
    expect(mine.rows.map((r) => r.title)).toEqual(['Ana García with Chinwe Okafor', 'Cedar Group']);
    const theirs = await t.core.call('meetings.list', { personId: people.newcomer.id });
    expect(theirs.total).toBe(1);
    const ranged = await t.core.call('meetings.list', { from: '2025-04-15', to: '2025-05-31' });
    expect(ranged.rows.map((r) => r.heldOn)).toEqual(['2025-05-01']);
  });
});
