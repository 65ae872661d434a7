import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { attentionKinds } from '../../../electron/core/attention/contract';
import { addPerson, auditCount, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';

let open: TestCore[] = [];
async function fresh(): Promise<TestCore> {
  const t = await openTestCore();
  open.push(t);
  return t;
}
afterEach(async () => {
  for (const t of open) await t.close();
  open = [];
});

/** Counts of rows that break a rule the app enforces; every one must be zero. */
function ruleBreaks(core: Core, today: string): Record<string, number> {
  const { sqlite } = core.session.require();
  const count = (query: string) => (sqlite.prepare(query).get({ today }) as { n: number }).n;
  return {
    pairMeetingOutsideItsLife: count(`
      SELECT count(*) AS n FROM meetings g JOIN mentorships m ON m.id = g.mentorship_id
      WHERE g.held_on < m.start_date OR g.held_on > coalesce(m.ended_on, @today) OR m.status = 'proposed'`),
    groupOverItsLimit: count(`
      SELECT count(*) AS n FROM peer_groups g JOIN programs p ON p.id = g.program_id
      WHERE (SELECT count(*) FROM peer_group_members gm WHERE gm.group_id = g.id AND gm.left_on IS NULL) > p.max_group_size`),
    attendanceOfNonMember: count(`
      SELECT count(*) AS n FROM meeting_attendance a JOIN meetings g ON g.id = a.meeting_id
      WHERE NOT EXISTS (SELECT 1 FROM peer_group_members gm WHERE gm.group_id = g.peer_group_id AND gm.faculty_id = a.faculty_id
        AND gm.joined_on <= g.held_on AND (gm.left_on IS NULL OR gm.left_on >= g.held_on))`),
    futureDates: count(`
      SELECT (SELECT count(*) FROM meetings WHERE held_on > @today) + (SELECT count(*) FROM mentorships WHERE start_date > @today OR ended_on > @today)
        + (SELECT count(*) FROM mentorship_reviews WHERE reviewed_on > @today) + (SELECT count(*) FROM change_requests WHERE raised_on > @today) AS n`),
    statusMismatch: count(`
      SELECT count(*) AS n FROM mentorships WHERE (status = 'active' AND (next_review_on IS NULL OR ended_on IS NOT NULL))
        OR (status = 'ended' AND (ended_on IS NULL OR next_review_on IS NOT NULL)) OR (status = 'proposed' AND next_review_on IS NOT NULL)`),
    changedWithoutNewPair: count(`
      SELECT count(*) AS n FROM change_requests r JOIN mentorships old ON old.id = r.mentorship_id
      LEFT JOIN mentorships new ON new.id = r.new_mentorship_id
      WHERE r.resolution = 'changed' AND (new.id IS NULL OR new.mentee_id <> old.mentee_id OR new.start_date <> old.ended_on)`),
    resolvedWithoutHandler: count(
      `SELECT count(*) AS n FROM change_requests WHERE status = 'resolved' AND (handled_by IS NULL OR handled_at IS NULL)`,
    ),
    foreignKeyProblems: (sqlite.prepare('PRAGMA foreign_key_check').all() as unknown[]).length,
  };
}

function noRuleBreaks(core: Core, today: string) {
  const breaks = ruleBreaks(core, today);
  expect(breaks).toEqual(Object.fromEntries(Object.keys(breaks).map((k) => [k, 0])));
}

describe('demo data', () => {
  it('fills a small set that follows every rule and gives the dashboard something to show', async () => {
    const t = await fresh();
    const filled = await t.core.call('demo.fill', { size: 'small' });
    expect(filled).toMatchObject({ size: 'small', seed: 1 });
    expect(filled.counts).toMatchObject({ faculty: 160, programs: 3, mentorships: 130, peer_groups: 4 });
    expect(filled.counts.meetings).toBeGreaterThan(1100);
    expect(filled.counts.meetings).toBeLessThan(1500);
    noRuleBreaks(t.core, '2025-06-15');

    const report = await t.core.call('attention.list', {});
    for (const kind of attentionKinds) expect(report.counts[kind], kind).toBeGreaterThan(0);

    const faculty = await t.core.call('faculty.list', { limit: 1000, status: 'all' });
    expect(faculty.rows.some((p) => /[^ -~]/.test(p.name))).toBe(true);
    expect(faculty.rows.every((p) => /^[a-z.0-9]+@med\.example\.edu$/.test(p.email))).toBe(true);
    expect(new Set(faculty.rows.map((p) => p.department)).size).toBeGreaterThan(10);
  });

  it('is deterministic for a seed, and different for another', async () => {
    const names = async (seed: number) => {
      const t = await fresh();
      await t.core.call('demo.fill', { size: 'small', seed });
      const list = await t.core.call('mentorships.list', { limit: 5000, sort: 'startDate' });
      return list.rows.map((r) => `${r.mentor.name}>${r.mentee.name}@${r.startDate}:${r.status}`);
    };
    const first = await names(7);
    expect(await names(7)).toEqual(first);
    expect(await names(8)).not.toEqual(first);
  });

  it('refuses a database that already has records, and changes nothing', async () => {
    const t = await fresh();
    await addPerson(t.core, 'Real Person', 'Professor', 'Medicine');
    const before = await auditCount(t.core);
    const error = await expectError(t.core.call('demo.fill', { size: 'small' }), 'DATABASE_NOT_EMPTY');
    expect(error.message).toContain('already has 1 people and 0 programs');
    expect((await t.core.call('faculty.list', { status: 'all' })).total).toBe(1);
    expect(await auditCount(t.core)).toBe(before);
  });

  it('records the fill in the audit log without any record content', async () => {
    const t = await fresh();
    await t.core.call('demo.fill', { size: 'small', seed: 3 });
    const { kysely } = t.core.session.require();
    const rows = await kysely.selectFrom('audit_log').selectAll().where('operation', '=', 'demo.fill').execute();
    expect(rows.map((r) => [r.record_type, r.record_id])).toEqual([['demo_data', 'small:3']]);
  });

  it(
    'fills the large set: about 3,000 faculty, 2,500 mentorships, 30,000 meetings and 40 groups',
    { timeout: 120_000 },
    async () => {
      const t = await fresh();
      const { counts } = await t.core.call('demo.fill', { size: 'large' });
      expect(counts).toMatchObject({ faculty: 3000, mentorships: 2500, peer_groups: 40 });
      expect(counts.meetings).toBeGreaterThan(28_500);
      expect(counts.meetings).toBeLessThan(31_500);
      noRuleBreaks(t.core, '2025-06-15');
      const active = await t.core.call('mentorships.list', { status: 'active', limit: 1 });
      // Seed 004's scale: 400–800 active mentees with 1–3 mentors each.
      expect(active.total).toBeGreaterThan(800);
      expect(active.total).toBeLessThan(2000);
      const report = await t.core.call('attention.list', {});
      for (const kind of attentionKinds) expect(report.counts[kind], kind).toBeGreaterThan(0);
    },
  );
});
