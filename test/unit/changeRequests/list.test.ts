import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RaisedBy } from '../../../electron/core/changeRequests/contract';
import { addPeople, addProgram, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';

/**
 * The list of every change request (the office's "all requests" page): a
 * window of rows with the total of everything the filters match, newest
 * first, never with the confidential reason.
 */
let t: TestCore;
let people: Awaited<ReturnType<typeof addPeople>>;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await openTestCore();
  people = await addPeople(t.core);
  const programId = (await addProgram(t.core)).id;
  const pairs: [string, number, number, RaisedBy, string][] = [
    ['a', people.associate.id, people.assistant.id, 'mentee', '2025-01-10'],
    ['b', people.professor.id, people.assistant.id, 'mentor', '2025-02-10'],
    ['c', people.professor.id, people.newcomer.id, 'survey', '2025-03-10'],
    ['d', people.pediatrician.id, people.newcomer.id, 'mentee', '2025-04-10'],
    ['e', people.associate.id, people.newcomer.id, 'office', '2025-05-10'],
  ];
  for (const [key, mentorId, menteeId, raisedBy, raisedOn] of pairs) {
    const pair = await t.core.call('mentorships.create', { mentorId, menteeId, programId, startDate: '2024-09-01' });
    const request = await t.core.call('changeRequests.create', {
      mentorshipId: pair.id,
      raisedBy,
      raisedOn,
      reason: `Confidential reason ${key}`,
    });
    ids[key] = request.id;
  }
  await t.core.call('changeRequests.setStatus', { id: ids.b!, status: 'in_mediation' });
  await t.core.call('changeRequests.resolve', { id: ids.c!, resolution: 'kept', resolvedOn: '2025-06-01' });
});
afterAll(() => t.close());

const list = (input: Parameters<typeof t.core.call<'changeRequests.list'>>[1]) =>
  t.core.call('changeRequests.list', input);

describe('listing change requests', () => {
  it('lists open and handled requests, newest first, without their reasons', async () => {
    const all = await list({});
    expect(all.total).toBe(5);
    expect(all.rows.map((r) => r.id)).toEqual([ids.e, ids.d, ids.c, ids.b, ids.a]);
    expect(all.rows.map((r) => r.status)).toEqual(['open', 'open', 'resolved', 'in_mediation', 'open']);
    expect(all.rows[2]).toMatchObject({ resolution: 'kept', raisedBy: 'survey', mentor: { name: 'Ana García' } });
    expect(JSON.stringify(all)).not.toContain('Confidential reason');
  });

  it('returns one window at a time with the total of the whole list', async () => {
    const second = await list({ offset: 2, limit: 2 });
    expect(second.total).toBe(5);
    expect(second.rows.map((r) => r.id)).toEqual([ids.c, ids.b]);
    const past = await list({ offset: 10, limit: 2 });
    expect(past).toEqual({ total: 5, rows: [] });
  });

  it('filters by status, by who asked and by person, counting only what matches', async () => {
    expect((await list({ status: 'unresolved' })).total).toBe(4);
    expect((await list({ status: 'resolved' })).rows.map((r) => r.id)).toEqual([ids.c]);
    expect((await list({ status: 'in_mediation' })).rows.map((r) => r.id)).toEqual([ids.b]);
    expect((await list({ raisedBy: 'mentee' })).rows.map((r) => r.id)).toEqual([ids.d, ids.a]);
    const menteeUnresolved = await list({ raisedBy: 'mentee', status: 'unresolved', limit: 1 });
    expect(menteeUnresolved.total).toBe(2);
    expect(menteeUnresolved.rows.map((r) => r.id)).toEqual([ids.d]);
    expect((await list({ personId: people.assistant.id })).rows.map((r) => r.id)).toEqual([ids.b, ids.a]);
  });

  it('refuses a filter it does not know, in plain words', async () => {
    const error = await expectError(list({ raisedBy: 'dean' as RaisedBy }), 'VALIDATION');
    expect(error.fields?.raisedBy).toBe('Choose the mentor, the mentee, the office or the survey.');
    await expectError(list({ limit: 0 }), 'VALIDATION');
  });
});
