import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attentionKinds, type AttentionItem, type AttentionKind } from '../../../electron/core/attention/contract';
import type { DemoFilled } from '../../../electron/core/demo/contract';
import type { Faculty } from '../../../electron/core/faculty/contract';
import type { MentorshipRow } from '../../../electron/core/mentorships/contract';
import type { PeerGroupRow } from '../../../electron/core/peerGroups/contract';
import { createTempCore, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis, type WithEmails } from './runTrellis';

// The databases are made with the cheap test KDF, so each run unlocks quickly;
// still, every run is a real process, so the runs are shared between checks.
describe('trellis mentorships, peer-groups list, attention and demo', { timeout: 90_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  beforeAll(() => (home = tempDir('trellis-cli-mentoring-')));
  afterAll(() => home.remove());
  const runOn = (made: TempCore, args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: home.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });

  describe('on a database filled with the small demo set', () => {
    let made: TempCore;
    let filled: DemoFilled;
    /** The directory's email of each person, by id: what the lists' emails are checked against. */
    let emailOf: Map<number, string>;
    beforeAll(async () => {
      made = await createTempCore();
      await made.core.close();
      const result = await runOn(made, ['demo', '--size', 'small', '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      filled = JSON.parse(result.stdout) as DemoFilled;
      const directory = JSON.parse((await runOn(made, ['faculty', 'list', '--status', 'all', '--json'])).stdout);
      emailOf = new Map((directory as Faculty[]).map((person) => [person.id, person.email]));
    });
    afterAll(() => made.dispose());

    it('demo fills the new database, and refuses one that has records', async () => {
      expect(filled.size).toBe('small');
      expect(filled.counts.faculty).toBeGreaterThan(0);
      expect(filled.counts.mentorships).toBeGreaterThan(0);
      expect(filled.counts.peer_groups).toBeGreaterThan(0);

      const again = await runOn(made, ['demo', '--size', 'small']);
      expect(again.code).toBe(1);
      expect(again.stdout).toBe('');
      expect(again.stderr).toMatch(
        /^trellis: DATABASE_NOT_EMPTY: This database already holds the demo records\. Create another database to explore a different demo\./,
      );
    });

    it('mentorships list --json pages through every mentorship; filters narrow it; the table is readable', async () => {
      const all = await runOn(made, ['mentorships', 'list', '--json']);
      expect(all.code).toBe(0);
      const rows = JSON.parse(all.stdout) as WithEmails<MentorshipRow, 'mentor' | 'mentee'>[];
      expect(rows).toHaveLength(filled.counts.mentorships!);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      for (const row of rows) {
        expect(row).toMatchObject({
          id: expect.any(Number),
          kind: expect.stringMatching(/^(mentor|sponsor|peer)$/),
          status: expect.stringMatching(/^(proposed|active|ended)$/),
          // Each person with the email `documents letter --faculty` takes.
          mentor: { id: expect.any(Number), name: expect.any(String), email: emailOf.get(row.mentor.id) },
          mentee: { id: expect.any(Number), name: expect.any(String), email: emailOf.get(row.mentee.id) },
          program: { id: expect.any(Number), name: expect.any(String) },
          startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          sameDepartment: expect.any(Boolean),
        });
      }

      const sponsor = rows.find((r) => r.kind === 'sponsor' && r.status === 'active')!;
      expect(sponsor).toBeDefined();
      const filtered = await runOn(made, [
        'mentorships',
        'list',
        '--json',
        '--status',
        'active',
        '--kind',
        'sponsor',
        '--program',
        String(sponsor.program.id),
      ]);
      const narrowed = JSON.parse(filtered.stdout) as MentorshipRow[];
      expect(narrowed.map((r) => r.id).sort()).toEqual(
        rows
          .filter((r) => r.kind === 'sponsor' && r.status === 'active' && r.program.id === sponsor.program.id)
          .map((r) => r.id)
          .sort(),
      );

      const table = await runOn(made, ['mentorships', 'list', '--status', 'active']);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(/^Id\s+Mentee\s+Mentor\s+Kind\s+Status\s+Program/);
      expect(table.stdout).toContain(sponsor.mentee.name);
      expect(table.stdout).toMatch(/\n\d+ mentorships\n$/);
    });

    it('peer-groups list --json gives each group with its program, members and limit', async () => {
      const result = await runOn(made, ['peer-groups', 'list', '--json']);
      expect(result.code).toBe(0);
      const groups = JSON.parse(result.stdout) as WithEmails<PeerGroupRow, 'facilitator'>[];
      expect(groups).toHaveLength(filled.counts.peer_groups!);
      const facilitators = groups.flatMap((group) => (group.facilitator ? [group.facilitator] : []));
      expect(facilitators.length).toBeGreaterThan(0);
      for (const facilitator of facilitators) expect(facilitator.email).toBe(emailOf.get(facilitator.id));
      for (const group of groups) {
        expect(group).toMatchObject({
          id: expect.any(Number),
          name: expect.any(String),
          program: { id: expect.any(Number), name: expect.any(String) },
          memberCount: expect.any(Number),
          maxMembers: 8,
          status: expect.stringMatching(/^(active|closed)$/),
        });
        expect(group.memberCount).toBeLessThanOrEqual(group.maxMembers);
      }
    });

    it('attention --json lists items with their kind and the ids of their records', async () => {
      const [json, mentorships, text] = await Promise.all([
        runOn(made, ['attention', '--json']),
        runOn(made, ['mentorships', 'list', '--json']),
        runOn(made, ['attention', '--kind', 'meeting_overdue']),
      ]);
      expect(json.code).toBe(0);
      const report = JSON.parse(json.stdout) as {
        today: string;
        counts: Record<AttentionKind, number>;
        items: AttentionItem[];
      };
      expect(report.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(report.counts).sort()).toEqual([...attentionKinds].sort());
      expect(report.items.length).toBeGreaterThan(0);
      for (const item of report.items) {
        expect(attentionKinds).toContain(item.kind);
        expect(item.why.length).toBeGreaterThan(10);
        expect(item.records.length).toBeGreaterThan(0);
        for (const record of item.records) {
          expect(record.id).toEqual(expect.any(Number));
          expect(record.type).toMatch(/^(faculty|program|mentorship|peerGroup|changeRequest|meeting)$/);
          // A person carries the email the commands acting on people take.
          if (record.type === 'faculty') expect(record).toHaveProperty('email', emailOf.get(record.id));
        }
      }
      // The ids are real: an overdue meeting points at a mentorship the list has.
      const overdue = report.items.filter((item) => item.kind === 'meeting_overdue');
      expect(overdue.length).toBeGreaterThan(0);
      const known = new Set((JSON.parse(mentorships.stdout) as MentorshipRow[]).map((r) => r.id));
      for (const item of overdue) {
        const mentorship = item.records.find((r) => r.type === 'mentorship');
        expect(known.has(mentorship!.id)).toBe(true);
      }

      expect(text.code).toBe(0);
      expect(text.stdout).toContain('Pairs that have not met within their cadence');
      expect(text.stdout).not.toContain('Open change requests');
      expect(text.stdout).toMatch(/\[mentorship \d+, person \d+, person \d+\]/);
    });
  });

  describe('usage errors exit with code 2 before opening anything', () => {
    it.each([
      [['mentorships', 'list', '--kind', 'coach'], /Choose one of: "mentor", "sponsor", "peer"/],
      [['demo', '--size', 'huge'], /Choose one of: "small", "large"/],
    ])('trellis %j', async (args, message) => {
      const result = await runTrellis(args, { home: home.path, env: {} });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    });
  });
});
