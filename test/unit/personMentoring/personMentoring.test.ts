import { afterEach, beforeEach, expect, it } from 'vitest';
import { addPeople, addProgram, openTestCore, type TestCore } from '../../support/mentoringCore';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

it('gathers one person’s mentoring: mentors, mentees, sponsorships, groups, meetings, open requests and a timeline', async () => {
  const people = await addPeople(t.core);
  const programId = (await addProgram(t.core)).id;
  const me = people.associate; // Bo Li, Associate Professor, Medicine
  const base = { programId, startDate: '2024-03-01' };

  const outsideMentor = await t.core.call('mentorships.create', {
    ...base,
    mentorId: people.pediatrician.id,
    menteeId: me.id,
  });
  const mentee = await t.core.call('mentorships.create', {
    ...base,
    mentorId: me.id,
    menteeId: people.assistant.id,
    startDate: '2024-09-01',
  });
  await t.core.call('mentorships.create', { ...base, mentorId: people.professor.id, menteeId: me.id, kind: 'sponsor' });
  const ended = await t.core.call('mentorships.create', {
    ...base,
    mentorId: me.id,
    menteeId: people.newcomer.id,
    startDate: '2024-01-15',
  });
  await t.core.call('mentorships.end', { id: ended.id, endedOn: '2024-12-20', reason: 'Mentee moved departments.' });
  await t.core.call('mentorships.recordReview', {
    id: outsideMentor.id,
    reviewedOn: '2025-03-05',
    outcome: 'continue',
  });
  await t.core.call('meetings.log', {
    mentorshipId: mentee.id,
    heldOn: '2025-05-02',
    durationMinutes: 60,
    notes: 'Private.',
  });
  const request = await t.core.call('changeRequests.create', {
    mentorshipId: mentee.id,
    raisedBy: 'mentor',
    raisedOn: '2025-06-01',
    reason: 'Private reason.',
  });
  const group = await t.core.call('peerGroups.create', {
    programId,
    name: 'Cedar Group',
    focus: 'Leadership',
    startedOn: '2025-01-01',
  });
  await t.core.call('peerGroups.addMember', { groupId: group.id, facultyId: me.id, joinedOn: '2025-01-10' });

  const profile = await t.core.call('personMentoring.get', { facultyId: me.id });
  expect(profile.person.name).toBe('Bo Li');
  expect(profile.mentors.map((m) => [m.mentor.name, m.sameDepartment])).toEqual([['Søren Lindqvist', false]]);
  expect(profile.hasInsideDepartmentMentor).toBe(false);
  expect(profile.mentees.map((m) => [m.mentee.name, m.status])).toEqual([
    ['Chinwe Okafor', 'active'],
    ['Nguyễn Thảo', 'ended'],
  ]);
  expect(profile.sponsorships.map((s) => [s.mentor.name, s.role])).toEqual([['Ana García', 'sponsored']]);
  expect(profile.groups).toEqual([
    {
      group: { type: 'peerGroup', id: group.id, label: 'Cedar Group' },
      role: 'member',
      status: 'active',
      joinedOn: '2025-01-10',
      leftOn: null,
    },
  ]);
  expect(profile.meetings.total).toBe(1);
  expect(profile.meetings.lastHeldOn).toBe('2025-05-02');
  expect(profile.openChangeRequests.map((r) => r.id)).toEqual([request.id]);

  expect(profile.timeline.map((e) => [e.date, e.kind, e.text])).toEqual([
    ['2025-06-01', 'change_requested', 'The mentor asked to change their mentorship with Chinwe Okafor.'],
    ['2025-03-05', 'review_recorded', 'Annual review of their mentorship with Søren Lindqvist: continue.'],
    ['2025-01-10', 'group_joined', 'Joined Cedar Group.'],
    ['2024-12-20', 'mentorship_ended', 'Stopped mentoring Nguyễn Thảo.'],
    ['2024-09-01', 'mentorship_started', 'Began mentoring Chinwe Okafor (Early Career Faculty Mentoring Program).'],
    [
      '2024-03-01',
      'mentorship_started',
      'Søren Lindqvist became their mentor (Early Career Faculty Mentoring Program).',
    ],
    ['2024-03-01', 'mentorship_started', 'Ana García became their sponsor (Early Career Faculty Mentoring Program).'],
    ['2024-01-15', 'mentorship_started', 'Began mentoring Nguyễn Thảo (Early Career Faculty Mentoring Program).'],
  ]);
  expect(profile.timeline[1]!.records[0]).toEqual({
    type: 'mentorship',
    id: outsideMentor.id,
    label: 'Mentorship with Søren Lindqvist',
  });
  expect(JSON.stringify(profile)).not.toMatch(/Private/);
});
