import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mentorship } from '../../../electron/core/mentorships/contract';
import { addPeople, addProgram, database, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';

let t: TestCore;
let people: Awaited<ReturnType<typeof addPeople>>;
let programId: number;
let mentorship: Mentorship;

beforeEach(async () => {
  t = await openTestCore();
  people = await addPeople(t.core);
  programId = (await addProgram(t.core)).id;
  mentorship = await t.core.call('mentorships.create', {
    mentorId: people.associate.id,
    menteeId: people.assistant.id,
    programId,
    startDate: '2024-09-01',
    cadenceDays: 60,
  });
  await t.core.call('mentorships.addGoal', {
    mentorshipId: mentorship.id,
    text: 'Submit a K award',
    status: 'in_progress',
  });
  await t.core.call('mentorships.addGoal', {
    mentorshipId: mentorship.id,
    text: 'First-author paper',
    status: 'achieved',
  });
});
afterEach(() => t.close());

const raise = (extra: Record<string, unknown> = {}) =>
  t.core.call('changeRequests.create', {
    mentorshipId: mentorship.id,
    raisedBy: 'mentee',
    reason: 'Meetings keep being cancelled.',
    ...extra,
  });

describe('raising a change request', () => {
  it('records who asked and when, and keeps the reason out of lists', async () => {
    const request = await raise({ raisedOn: '2025-06-01' });
    expect(request).toMatchObject({
      status: 'open',
      raisedBy: 'mentee',
      raisedOn: '2025-06-01',
      reason: 'Meetings keep being cancelled.',
      mentor: { name: 'Bo Li' },
      mentee: { name: 'Chinwe Okafor' },
      handledBy: null,
    });
    const list = await t.core.call('changeRequests.list', { status: 'unresolved' });
    expect(list.total).toBe(1);
    expect(list.rows[0]).not.toHaveProperty('reason');
  });

  it('refuses a second open request for the same pair, and requests on ended pairs', async () => {
    await raise();
    const second = await expectError(raise({ raisedBy: 'mentor' }), 'CONFLICT');
    expect(second.message).toContain('has been open since 2025-06-15');
    const other = await t.core.call('mentorships.create', {
      mentorId: people.professor.id,
      menteeId: people.newcomer.id,
      programId,
      startDate: '2025-01-01',
    });
    await t.core.call('mentorships.end', { id: other.id, reason: 'Done.' });
    await expectError(
      t.core.call('changeRequests.create', { mentorshipId: other.id, raisedBy: 'office', reason: 'x' }),
      'CONFLICT',
    );
    await expectError(raise({ reason: '   ' }), 'VALIDATION');
  });

  it('moves into mediation recording who handles it (the signed-in user unless named) and when', async () => {
    const request = await raise();
    const mediated = await t.core.call('changeRequests.setStatus', { id: request.id, status: 'in_mediation' });
    expect(mediated).toMatchObject({ status: 'in_mediation', handledBy: 'test', handledAt: '2025-06-15' });
    const named = await t.core.call('changeRequests.setStatus', {
      id: request.id,
      status: 'in_mediation',
      handledBy: 'Vice Chair for Faculty Development',
    });
    expect(named.handledBy).toBe('Vice Chair for Faculty Development');
  });
});

describe('resolving', () => {
  it('"changed" ends the old pair and starts the new one in one step, linked to the request', async () => {
    const request = await raise({ raisedOn: '2025-05-20' });
    const { request: resolved, newMentorship } = await t.core.call('changeRequests.resolve', {
      id: request.id,
      resolution: 'changed',
      newMentorId: people.professor.id,
      resolvedOn: '2025-06-10',
      handledBy: 'Vice Chair for Faculty Development',
      note: 'Both agreed; no fault on either side.',
    });
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'changed',
      handledBy: 'Vice Chair for Faculty Development',
      handledAt: '2025-06-10',
      newMentorshipId: newMentorship!.id,
      resolutionNote: 'Both agreed; no fault on either side.',
    });
    expect(newMentorship).toMatchObject({
      status: 'active',
      kind: 'mentor',
      mentor: { id: people.professor.id },
      mentee: { id: people.assistant.id },
      program: { id: programId },
      startDate: '2025-06-10',
      cadenceDays: 60,
      nextReviewOn: '2026-06-10',
    });
    // The mentee's unfinished goals follow them; achieved ones stay with the old pair.
    expect(newMentorship!.goals.map((g) => [g.text, g.status])).toEqual([['Submit a K award', 'in_progress']]);
    const old = await t.core.call('mentorships.get', { id: mentorship.id });
    expect(old).toMatchObject({
      status: 'ended',
      endedOn: '2025-06-10',
      endReason: `Changed to a new pair through change request #${request.id}.`,
    });
    expect(old.changeRequests[0]).toMatchObject({
      id: request.id,
      resolution: 'changed',
      newMentorshipId: newMentorship!.id,
    });

    const audit = await database(t.core)
      .selectFrom('audit_log')
      .select(['record_type', 'record_id'])
      .where('operation', '=', 'changeRequests.resolve')
      .execute();
    expect(audit).toEqual([
      { record_type: 'change_request', record_id: String(request.id) },
      { record_type: 'mentorship', record_id: String(mentorship.id) },
      { record_type: 'mentorship', record_id: String(newMentorship!.id) },
    ]);
  });

  it('"changed" that breaks a rule changes nothing at all', async () => {
    const request = await raise();
    await expectError(
      t.core.call('changeRequests.resolve', {
        id: request.id,
        resolution: 'changed',
        newMentorId: people.assistant.id,
      }),
      'SELF_MENTORSHIP',
    );
    const same = await expectError(
      t.core.call('changeRequests.resolve', {
        id: request.id,
        resolution: 'changed',
        newMentorId: people.associate.id,
      }),
      'VALIDATION',
    );
    expect(same.fields?.newMentorId).toContain('Choose a different mentor');
    const missing = await expectError(
      t.core.call('changeRequests.resolve', { id: request.id, resolution: 'changed' }),
      'VALIDATION',
    );
    expect(missing.fields?.newMentorId).toBe('Choose the new mentor for this change.');

    expect((await t.core.call('mentorships.get', { id: mentorship.id })).status).toBe('active');
    expect((await t.core.call('changeRequests.get', { id: request.id })).status).toBe('open');
    expect((await t.core.call('mentorships.list', {})).total).toBe(1);
  });

  it('"kept" leaves the pair as it is; "ended" ends it; a resolved request cannot be resolved again', async () => {
    const first = await raise();
    const kept = await t.core.call('changeRequests.resolve', { id: first.id, resolution: 'kept' });
    expect(kept.newMentorship).toBeNull();
    expect(kept.request).toMatchObject({ resolution: 'kept', handledBy: 'test', handledAt: '2025-06-15' });
    expect((await t.core.call('mentorships.get', { id: mentorship.id })).status).toBe('active');
    await expectError(t.core.call('changeRequests.resolve', { id: first.id, resolution: 'ended' }), 'CONFLICT');

    const second = await raise({ raisedBy: 'survey' });
    await t.core.call('changeRequests.resolve', { id: second.id, resolution: 'ended' });
    const ended = await t.core.call('mentorships.get', { id: mentorship.id });
    expect(ended).toMatchObject({
      status: 'ended',
      endedOn: '2025-06-15',
      endReason: `Ended through change request #${second.id}.`,
    });
  });
});
