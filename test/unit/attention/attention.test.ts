import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/schema';
import type { AttentionKind } from '../../../electron/core/attention/contract';
import { attentionQueries, chartQueries } from '../../../electron/core/attention/report';
import { addPeople, addPerson, addProgram, openTestCore, type TestCore } from '../../support/mentoringCore';

let t: TestCore;
let people: Awaited<ReturnType<typeof addPeople>>;
let programId: number;

beforeEach(async () => {
  t = await openTestCore();
  people = await addPeople(t.core);
  programId = (await addProgram(t.core)).id; // audience: Assistant Professors
});
afterEach(() => t.close());

async function itemsOf(kind: AttentionKind) {
  const report = await t.core.call('attention.list', { kinds: [kind] });
  return report.items;
}

const pair = (mentorId: number, menteeId: number, extra: Record<string, unknown> = {}) =>
  t.core.call('mentorships.create', { mentorId, menteeId, programId, startDate: '2025-05-01', ...extra });

describe('people missing mentors', () => {
  it('lists people in a running program’s audience without an active mentor or sponsor, until they have one', async () => {
    let items = await itemsOf('mentee_without_mentor');
    expect(items.map((i) => i.records[0]!.label)).toEqual(['Chinwe Okafor', 'Nguyễn Thảo']);
    expect(items[0]).toMatchObject({
      why: 'Chinwe Okafor (Assistant Professor, Medicine) is in the audience of Early Career Faculty Mentoring Program but has no active mentor or sponsor.',
      records: [
        { type: 'faculty', id: people.assistant.id, label: 'Chinwe Okafor' },
        { type: 'program', id: programId, label: 'Early Career Faculty Mentoring Program' },
      ],
    });

    // A peer is not a mentor; a proposal is mentioned but does not count yet.
    await pair(people.newcomer.id, people.assistant.id, { kind: 'peer' });
    const proposal = await pair(people.professor.id, people.assistant.id, { status: 'proposed' });
    items = await itemsOf('mentee_without_mentor');
    expect(items[0]!.why).toContain('; a proposed mentorship is waiting to start.');

    await t.core.call('mentorships.activate', { id: proposal.id });
    await pair(people.pediatrician.id, people.newcomer.id, { kind: 'sponsor' });
    expect(await itemsOf('mentee_without_mentor')).toEqual([]);
  });

  it('skips people who left and programs that are not running', async () => {
    await t.core.call('faculty.setActive', { id: people.assistant.id, active: false });
    await t.core.call('programs.update', {
      id: programId,
      name: 'Early Career',
      sponsor: 'OAA',
      targetRanks: ['Assistant Professor'],
      status: 'planned',
    });
    expect(await itemsOf('mentee_without_mentor')).toEqual([]);
  });

  it('lists mentees whose mentors are all outside their department', async () => {
    await pair(people.pediatrician.id, people.assistant.id);
    const items = await itemsOf('no_inside_department_mentor');
    expect(items).toHaveLength(1);
    expect(items[0]!.why).toBe(
      'Chinwe Okafor has an active mentor, but none in Medicine. Ideally at least one mentor is inside the mentee’s department.',
    );
    await pair(people.professor.id, people.assistant.id);
    expect(await itemsOf('no_inside_department_mentor')).toEqual([]);
  });
});

describe('pairs', () => {
  it('lists pairs with no meeting within their cadence, until they meet', async () => {
    const quiet = await pair(people.professor.id, people.assistant.id, { startDate: '2025-02-01' });
    const monthly = await pair(people.pediatrician.id, people.newcomer.id, {
      startDate: '2025-05-01',
      cadenceDays: 30,
    });
    await pair(people.associate.id, people.newcomer.id, { startDate: '2025-05-01' }); // 45 days in, cadence 90: fine

    let items = await itemsOf('meeting_overdue');
    expect(items.map((i) => i.records[0]!.id).sort()).toEqual([quiet.id, monthly.id].sort());
    const quietItem = items.find((i) => i.records[0]!.id === quiet.id)!;
    expect(quietItem.why).toBe(
      'Ana García and Chinwe Okafor have not logged a meeting since the mentorship started on 2025-02-01; they aim to meet every 90 days.',
    );
    expect(quietItem.date).toBe('2025-05-02');

    await t.core.call('meetings.log', { mentorshipId: quiet.id, heldOn: '2025-03-01', durationMinutes: 30 });
    items = await itemsOf('meeting_overdue');
    expect(items.find((i) => i.records[0]!.id === quiet.id)!.why).toContain(
      'have not met since 2025-03-01 (106 days ago)',
    );

    await t.core.call('meetings.log', { mentorshipId: quiet.id, heldOn: '2025-06-10', durationMinutes: 30 });
    await t.core.call('meetings.log', { mentorshipId: monthly.id, heldOn: '2025-06-01', durationMinutes: 30 });
    expect(await itemsOf('meeting_overdue')).toEqual([]);
  });

  it('lists annual reviews due within 30 days or overdue, until the review is recorded', async () => {
    const dueSoon = await pair(people.professor.id, people.assistant.id, { startDate: '2024-07-05' });
    const overdue = await pair(people.pediatrician.id, people.newcomer.id, { startDate: '2024-05-01' });
    await pair(people.associate.id, people.newcomer.id, { startDate: '2024-08-01' }); // due in 47 days: not yet

    let items = await itemsOf('review_due');
    expect(items.map((i) => [i.records[0]!.id, i.why])).toEqual([
      [overdue.id, 'The annual review of Søren Lindqvist and Nguyễn Thảo was due on 2025-05-01 (45 days ago).'],
      [dueSoon.id, 'The annual review of Ana García and Chinwe Okafor is due on 2025-07-05 (in 20 days).'],
    ]);
    await t.core.call('mentorships.recordReview', { id: overdue.id, outcome: 'continue' });
    items = await itemsOf('review_due');
    expect(items.map((i) => i.records[0]!.id)).toEqual([dueSoon.id]);
  });

  it('lists open change requests without their confidential reason, until resolved', async () => {
    const m = await pair(people.professor.id, people.assistant.id);
    const request = await t.core.call('changeRequests.create', {
      mentorshipId: m.id,
      raisedBy: 'mentee',
      raisedOn: '2025-06-05',
      reason: 'Personal conflict with the mentor.',
    });
    const items = await itemsOf('change_request_open');
    expect(items).toEqual([
      {
        kind: 'change_request_open',
        why: 'The mentee asked on 2025-06-05 (10 days ago) to change the pairing of Ana García and Chinwe Okafor; the request is open.',
        records: [
          { type: 'changeRequest', id: request.id, label: `Change request #${request.id}` },
          { type: 'mentorship', id: m.id, label: 'Ana García mentoring Chinwe Okafor' },
          { type: 'faculty', id: people.professor.id, label: 'Ana García' },
          { type: 'faculty', id: people.assistant.id, label: 'Chinwe Okafor' },
        ],
        date: '2025-06-05',
      },
    ]);
    await t.core.call('changeRequests.resolve', { id: request.id, resolution: 'kept' });
    expect(await itemsOf('change_request_open')).toEqual([]);
  });
});

describe('peer groups', () => {
  it('lists groups that are full, lack a facilitator, or have not met in 45 days', async () => {
    const small = await addProgram(t.core, { name: 'Peer program', maxGroupSize: 2 });
    const group = await t.core.call('peerGroups.create', {
      programId: small.id,
      name: 'Cedar Group',
      focus: 'Teaching',
      startedOn: '2025-03-01',
    });
    expect((await itemsOf('group_without_facilitator')).map((i) => i.why)).toEqual([
      'Cedar Group is a facilitated group but has no facilitator. Ask a more senior faculty member to guide it.',
    ]);
    expect((await itemsOf('group_without_recent_meeting')).map((i) => i.why)).toEqual([
      'Cedar Group has not logged a meeting since it started on 2025-03-01; groups meet monthly.',
    ]);
    expect(await itemsOf('group_full')).toEqual([]);

    await t.core.call('peerGroups.update', {
      id: group.id,
      programId: small.id,
      name: 'Cedar Group',
      focus: 'Teaching',
      startedOn: '2025-03-01',
      facilitatorId: people.professor.id,
    });
    for (const person of [people.assistant, people.newcomer]) {
      await t.core.call('peerGroups.addMember', { groupId: group.id, facultyId: person.id, joinedOn: '2025-03-01' });
    }
    await t.core.call('meetings.log', {
      peerGroupId: group.id,
      heldOn: '2025-06-02',
      durationMinutes: 90,
      attendedIds: [people.assistant.id],
    });
    expect(await itemsOf('group_without_facilitator')).toEqual([]);
    expect(await itemsOf('group_without_recent_meeting')).toEqual([]);
    expect((await itemsOf('group_full')).map((i) => i.why)).toEqual([
      'Cedar Group is full: it has 2 members and its program allows 2. New members need another group.',
    ]);
    // An unfacilitated group by design is not missing anything.
    await t.core.call('peerGroups.create', {
      programId: small.id,
      name: 'Open circle',
      focus: 'Writing',
      facilitated: false,
      startedOn: '2025-06-01',
    });
    expect(await itemsOf('group_without_facilitator')).toEqual([]);
  });
});

describe('charts and the whole report', () => {
  it('counts active mentorships by department and the share meeting their cadence', async () => {
    const a = await pair(people.professor.id, people.assistant.id, { startDate: '2025-01-01' });
    await pair(people.pediatrician.id, people.assistant.id, { startDate: '2025-01-01' });
    await pair(people.pediatrician.id, people.newcomer.id, { startDate: '2025-06-01' });
    await t.core.call('meetings.log', { mentorshipId: a.id, heldOn: '2025-05-01', durationMinutes: 30 });
    const report = await t.core.call('attention.list', {});
    expect(report.today).toBe('2025-06-15');
    expect(report.charts.activeMentorshipsByDepartment).toEqual([
      { department: 'Medicine', active: 2, insideDepartment: 1 },
      { department: 'Pediatrics', active: 1, insideDepartment: 1 },
    ]);
    expect(report.charts.cadence).toEqual({ active: 3, withinCadence: 2, share: 2 / 3 });
    expect(report.counts.meeting_overdue).toBe(1);
    expect(report.items.filter((i) => i.kind === 'meeting_overdue')).toHaveLength(1);
  });

  it('has empty charts on an empty database', async () => {
    const report = await t.core.call('attention.list', { kinds: [] });
    expect(report.items).toEqual([]);
    expect(report.charts).toEqual({
      activeMentorshipsByDepartment: [],
      cadence: { active: 0, withinCadence: 0, share: null },
    });
  });
});

it('answers every dashboard query from indexes, never by scanning the meetings table', async () => {
  const extra = await addPerson(t.core, 'Émile Côté', 'Assistant Professor', 'Medicine');
  const m = await pair(people.professor.id, extra.id, { startDate: '2025-01-01' });
  await t.core.call('meetings.log', { mentorshipId: m.id, heldOn: '2025-02-01', durationMinutes: 30 });
  await t.core.call('peerGroups.create', { programId, name: 'Cedar', focus: 'Teaching', startedOn: '2025-01-01' });

  const { sqlite } = t.core.session.require();
  const captured: CompiledQuery[] = [];
  const logged = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => void (event.level === 'query' && captured.push(event.query)),
  });
  for (const query of Object.values(attentionQueries)) await query(logged, '2025-06-15');
  await chartQueries.activeMentorshipsByDepartment(logged);
  await chartQueries.cadence(logged, '2025-06-15');

  const meetingQueries = captured.filter((q) => /"meetings"/.test(q.sql));
  expect(meetingQueries.length).toBe(3); // overdue pairs, quiet groups, the cadence chart
  for (const query of meetingQueries) {
    const aliases = [...query.sql.matchAll(/"meetings" as "?(\w+)"?/gi)].map((match) => match[1]!);
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.parameters as unknown[])) as {
      detail: string;
    }[];
    expect(plan.length).toBeGreaterThan(0);
    for (const { detail } of plan) {
      for (const alias of aliases) expect(detail, query.sql).not.toMatch(new RegExp(`^SCAN ${alias}\\b`));
    }
  }
});
