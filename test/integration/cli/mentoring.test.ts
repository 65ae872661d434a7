import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attentionKinds, type AttentionItem, type AttentionKind } from '../../../electron/core/attention/contract';
import { createCore } from '../../../electron/core/core';
import type { DemoFilled } from '../../../electron/core/demo/contract';
import type { MentorshipRow } from '../../../electron/core/mentorships/contract';
import type { PeerGroup, PeerGroupRow } from '../../../electron/core/peerGroups/contract';
import { createTempCore, fastKdf, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

// The databases are made with the cheap test KDF, so each run unlocks quickly;
// still, every run is a real process, so the runs are shared between checks.
describe('trellis mentorships, groups, attention and demo', { timeout: 90_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  beforeAll(() => (home = tempDir('trellis-cli-mentoring-')));
  afterAll(() => home.remove());
  const runOn = (made: TempCore, args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: home.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });

  describe('on a database filled with the small demo set', () => {
    let made: TempCore;
    let filled: DemoFilled;
    beforeAll(async () => {
      made = await createTempCore();
      await made.core.close();
      const result = await runOn(made, ['demo', '--size', 'small', '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      filled = JSON.parse(result.stdout) as DemoFilled;
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
        /^trellis: Demo records can only be added to a new, empty database, and this one already has \d+ people and \d+ programs\./,
      );
    });

    it('mentorships list --json pages through every mentorship; filters narrow it; the table is readable', async () => {
      const all = await runOn(made, ['mentorships', 'list', '--json']);
      expect(all.code).toBe(0);
      const rows = JSON.parse(all.stdout) as MentorshipRow[];
      expect(rows).toHaveLength(filled.counts.mentorships!);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      for (const row of rows) {
        expect(row).toMatchObject({
          id: expect.any(Number),
          kind: expect.stringMatching(/^(mentor|sponsor|peer)$/),
          status: expect.stringMatching(/^(proposed|active|ended)$/),
          mentor: { id: expect.any(Number), name: expect.any(String) },
          mentee: { id: expect.any(Number), name: expect.any(String) },
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

    it('groups list --json gives each group with its program, members and limit', async () => {
      const result = await runOn(made, ['groups', 'list', '--json']);
      expect(result.code).toBe(0);
      const groups = JSON.parse(result.stdout) as PeerGroupRow[];
      expect(groups).toHaveLength(filled.counts.peer_groups!);
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

  describe('group add-member', () => {
    let made: TempCore;
    let groupId: number;
    const emails = Array.from({ length: 9 }, (_, i) => `peer${i + 1}@med.example.edu`);

    beforeAll(async () => {
      made = await createTempCore();
      const { core } = made;
      const program = await core.call('programs.create', {
        name: 'Faculty Peer Mentoring Program',
        sponsor: 'Office of Faculty Affairs',
      });
      const people = [];
      for (const [i, email] of emails.entries()) {
        people.push(
          await core.call('faculty.create', {
            name: `Peer ${i + 1} Ödegaard`,
            email,
            department: 'Medicine',
            rank: 'Associate Professor',
          }),
        );
      }
      const group = await core.call('peerGroups.create', {
        programId: program.id,
        name: 'Juniper Group',
        focus: 'Preparing for promotion',
        startedOn: '2026-01-05',
      });
      groupId = group.id;
      for (const person of people.slice(0, 7)) {
        await core.call('peerGroups.addMember', { groupId, facultyId: person.id, joinedOn: '2026-01-05' });
      }
      await core.close();
    });
    afterAll(() => made.dispose());

    it('adds a person found by email, then refuses a ninth member with GROUP_FULL and changes nothing', async () => {
      const eighth = await runOn(made, [
        'group',
        'add-member',
        '--group',
        String(groupId),
        '--faculty',
        emails[7]!.toUpperCase(),
        '--joined',
        '2026-02-01',
        '--json',
      ]);
      expect(eighth.stderr).toBe('');
      expect(eighth.code).toBe(0);
      const group = JSON.parse(eighth.stdout) as PeerGroup;
      expect(group.memberCount).toBe(8);
      expect(group.members.find((m) => m.person.name === 'Peer 8 Ödegaard')?.joinedOn).toBe('2026-02-01');

      const ninth = await runOn(made, ['group', 'add-member', '--group', String(groupId), '--faculty', emails[8]!]);
      expect(ninth.code).toBe(1);
      expect(ninth.stdout).toBe('');
      expect(ninth.stderr).toBe(
        'trellis: Juniper Group already has 8 members, the most a peer mentoring group can have in Faculty Peer Mentoring Program (8). Remove a member first, or start another group.\n',
      );

      const unknown = await runOn(made, [
        'groups',
        'add-member',
        '--group',
        String(groupId),
        '--faculty',
        'nobody@med.example.edu',
      ]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('No one in the directory has the email nobody@med.example.edu');

      const core = createCore({ databasePath: made.databasePath, actor: 'test', kdfCost: fastKdf });
      try {
        await core.call('vault.unlock', { passphrase: testPassphrase });
        const after = await core.call('peerGroups.get', { id: groupId });
        expect(after.memberCount).toBe(8);
        expect(after.members.map((m) => m.person.name)).not.toContain('Peer 9 Ödegaard');
      } finally {
        await core.close();
      }
    });
  });

  describe('usage errors exit with code 2 before opening anything', () => {
    it.each([
      [['group', 'add-member', '--faculty', 'a@b.edu'], /required option '--group <id>' not specified/],
      [['group', 'add-member', '--group', 'seven', '--faculty', 'a@b.edu'], /Enter a record id/],
      [['group', 'add-member', '--group', '1', '--faculty', 'a@b.edu', '--joined', '2026-02-30'], /YYYY-MM-DD/],
      [['mentorships', 'list', '--kind', 'coach'], /Choose one of: "mentor", "sponsor", "peer"/],
      [['demo', '--size', 'huge'], /Choose one of: "small", "large"/],
    ])('trellis %j', async (args, message) => {
      const result = await runTrellis(args, { home: home.path, env: {} });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    });
  });
});
