import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProgram } from '../../support/programs';
import { createTempCore, testPassphrase, type TempCore } from '../../support/tempCore';
import { count, database } from './helpers/core';
import { fixture } from './helpers/files';
import { annual } from './helpers/survey';

describe('survey effects open mentoring change requests', () => {
  let temp: TempCore;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);

  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    const roster = await call('imports.preview', { path: fixture('faculty-roster.xlsx'), kind: 'roster' });
    await call('imports.commit', { previewId: roster.previewId });
  });
  afterEach(async () => temp.dispose());

  const requests = () =>
    database(temp)
      .selectFrom('change_requests')
      .select(['id', 'mentorship_id', 'raised_by', 'raised_on', 'reason', 'status'])
      .orderBy('id')
      .execute();

  it('opens a request (raised by the annual survey) on the respondent’s one active mentorship, in the commit, and undo takes back only those nobody handled', async () => {
    const preview = await call('imports.preview', {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      newSurvey: annual,
    });
    const wanting = preview.effects.filter((e) => e.kind === 'changeRequest');
    expect(wanting.length).toBeGreaterThanOrEqual(5);
    const [a, b, c, d, e] = wanting.map((w) => w.facultyId);
    const mentors = (await call('faculty.list', { status: 'all', limit: 1000 })).rows.filter(
      (p) => !wanting.some((w) => w.facultyId === p.id),
    );
    const programId = await createProgram(temp.core, 'Junior Faculty Mentoring');
    const pair = async (menteeId: number, mentorIndex: number) =>
      (
        await call('mentorships.create', {
          mentorId: mentors[mentorIndex]!.id,
          menteeId,
          programId,
          startDate: '2026-01-15',
        })
      ).id;
    const [pairA, pairB, pairC] = [await pair(a!, 0), await pair(b!, 1), await pair(c!, 2)];
    // d has two mentors: the answer does not say which one to change. e has none.
    await pair(d!, 3);
    await pair(d!, 4);
    // c's pair already has a request open: no second one.
    const earlier = await call('changeRequests.create', {
      mentorshipId: pairC,
      raisedBy: 'mentee',
      raisedOn: '2026-09-01',
      reason: 'Asked in person.',
    });
    void e;

    const result = await call('imports.commit', {
      previewId: preview.previewId,
      decisions: { acceptEffects: ['changeRequest'] },
    });
    const proposed = preview.survey!.effects.changeRequests;
    expect(result.effects).toMatchObject({ changeRequests: proposed, changeRequestsOpened: 2 });
    const opened = (await requests()).filter((r) => r.id !== earlier.id);
    expect(opened.map((r) => r.mentorship_id).sort()).toEqual([pairA, pairB].sort());
    for (const request of opened) {
      expect(request).toMatchObject({ raised_by: 'survey', status: 'open' });
      expect(request.reason).toContain('Annual Mentoring Survey (2026)');
      expect(request.raised_on).toMatch(/^2026-\d\d-\d\d$/);
      expect(request.raised_on <= '2026-11-23').toBe(true);
    }
    const effects = await call('surveys.effects', { surveyId: result.surveyId! });
    expect(effects.changeRequests.filter((r) => r.changeRequestId !== null)).toHaveLength(2);
    expect(effects.changeRequests).toHaveLength(proposed);
    // The request page and the dashboard see them as the annual survey's.
    const listed = await call('changeRequests.list', { status: 'unresolved' });
    expect(listed.rows.filter((r) => r.raisedBy === 'survey')).toHaveLength(2);

    // Staff start mediating one of them; undo keeps that one and removes the other.
    const handled = opened.find((r) => r.mentorship_id === pairB)!;
    await call('changeRequests.setStatus', { id: handled.id, status: 'in_mediation' });
    const undone = await call('imports.undo', { batchId: result.batchId });
    expect(undone.keptChangeRequests).toEqual([String(handled.id)]);
    expect((await requests()).map((r) => r.id).sort()).toEqual([earlier.id, handled.id].sort());
    expect(await count(temp, 'survey_effects')).toBe(0);
  });

  it('a cancelled commit opens no change request', async () => {
    const preview = await call('imports.preview', {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      newSurvey: annual,
    });
    const wanting = preview.effects.find((e) => e.kind === 'changeRequest')!;
    const programId = await createProgram(temp.core, 'Junior Faculty Mentoring');
    const mentor = (await call('faculty.list', { status: 'all', limit: 5 })).rows.find(
      (p) => p.id !== wanting.facultyId,
    )!;
    await call('mentorships.create', {
      mentorId: mentor.id,
      menteeId: wanting.facultyId,
      programId,
      startDate: '2026-01-15',
    });
    const progressKey = 'cancel-me';
    // Cancelled before it starts: nothing of the commit is written, requests included.
    await call('imports.cancel', { progressKey });
    await expect(
      call('imports.commit', { previewId: preview.previewId, decisions: { acceptEffects: ['all'] }, progressKey }),
    ).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
    expect(await requests()).toEqual([]);
  });
});

describe('locking the records drops import previews', () => {
  let temp: TempCore;
  beforeEach(async () => {
    temp = await createTempCore();
  });
  afterEach(async () => temp.dispose());

  it('vault.lock forgets every preview and progress entry, so nothing confidential stays in memory', async () => {
    const preview = await temp.core.call('imports.preview', {
      path: fixture('faculty-roster.xlsx'),
      kind: 'roster',
      progressKey: 'roster-1',
    });
    expect(temp.core.memory.importDeps.previews.get(preview.previewId).roster!.rows.length).toBeGreaterThan(0);
    expect(await temp.core.call('imports.progress', { progressKey: 'roster-1' })).toMatchObject({
      progress: { phase: 'done' },
    });
    await temp.core.call('vault.lock', {});
    expect(() => temp.core.memory.importDeps.previews.get(preview.previewId)).toThrow(/expired or was already used/);
    expect(temp.core.memory.importDeps.progress.get('roster-1')).toBeNull();
    await temp.core.call('vault.unlock', { passphrase: testPassphrase });
    await expect(temp.core.call('imports.commit', { previewId: preview.previewId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await count(temp, 'faculty')).toBe(0);
  });

  it('ending the session (closing the core) forgets them too', async () => {
    const preview = await temp.core.call('imports.preview', { path: fixture('faculty-roster.xlsx'), kind: 'roster' });
    await temp.core.close();
    expect(() => temp.core.memory.importDeps.previews.get(preview.previewId)).toThrow(/expired or was already used/);
  });

  it('two cores in one process keep their own previews and progress', async () => {
    const other = await createTempCore();
    try {
      const preview = await temp.core.call('imports.preview', {
        path: fixture('faculty-roster.xlsx'),
        kind: 'roster',
        progressKey: 'shared-key',
      });
      expect(() => other.core.memory.importDeps.previews.get(preview.previewId)).toThrow(/expired or was already used/);
      expect(await other.core.call('imports.progress', { progressKey: 'shared-key' })).toEqual({ progress: null });
      await expect(other.core.call('imports.commit', { previewId: preview.previewId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await temp.core.call('imports.progress', { progressKey: 'shared-key' })).toMatchObject({
        progress: { phase: 'done' },
      });
    } finally {
      await other.dispose();
    }
  });
});
