import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import type { PeerGroup, PeerGroupRow } from '../../../electron/core/peerGroups/contract';
import { createTempCore, fastKdf, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

const fullMessage =
  'Juniper Group already has 8 members, the most a peer mentoring group can have in Faculty Peer Mentoring Program (8). Remove a member first, or start another group.';

describe('trellis peer-groups', { timeout: 90_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  let made: TempCore;
  let groupId: number;
  const emails = Array.from({ length: 9 }, (_, i) => `peer${i + 1}@med.example.edu`);
  const run = (args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: home.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });

  beforeAll(async () => {
    home = tempDir('trellis-cli-peer-groups-');
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
  afterAll(async () => {
    await made.dispose();
    home.remove();
  });

  /** The group as the core sees it, read after the command has exited. */
  async function groupNow(): Promise<PeerGroup> {
    const core = createCore({ databasePath: made.databasePath, actor: 'test', kdfCost: fastKdf });
    try {
      await core.call('vault.unlock', { passphrase: testPassphrase });
      return await core.call('peerGroups.get', { id: groupId });
    } finally {
      await core.close();
    }
  }

  it('add-member adds a person found by email; a ninth is refused with GROUP_FULL, in words and in --json', async () => {
    const eighth = await run([
      'peer-groups',
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

    const ninth = ['peer-groups', 'add-member', '--group', String(groupId), '--faculty', emails[8]!];
    const plain = await run(ninth);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toBe(`trellis: GROUP_FULL: ${fullMessage}\n`);

    const json = await run([...ninth, '--json']);
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'GROUP_FULL', message: fullMessage } });

    const unknown = await run([
      'peer-groups',
      'add-member',
      '--group',
      String(groupId),
      '--faculty',
      'nobody@med.example.edu',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /^trellis: NOT_FOUND: No one in the directory has the email nobody@med\.example\.edu/,
    );

    const after = await groupNow();
    expect(after.memberCount).toBe(8);
    expect(after.members.map((m) => m.person.name)).not.toContain('Peer 9 Ödegaard');
  });

  it('still answers to its old names, groups and group', async () => {
    const listed = await run(['groups', 'list', '--json']);
    expect(listed.stderr).toBe('');
    expect((JSON.parse(listed.stdout) as PeerGroupRow[]).map((g) => [g.id, g.name, g.memberCount])).toEqual([
      [groupId, 'Juniper Group', 8],
    ]);
    const refused = await run(['group', 'add-member', '--group', String(groupId), '--faculty', emails[8]!]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`trellis: GROUP_FULL: ${fullMessage}\n`);

    const help = await runTrellis(['--help'], { home: home.path, env: {} });
    expect(help.stdout).toMatch(/^ {2}peer-groups /m);
    expect(help.stdout).not.toMatch(/^ {2}groups?\b/m);
  });

  it.each([
    [['peer-groups', 'add-member', '--faculty', 'a@b.edu'], /required option '--group <id>' not specified/],
    [['peer-groups', 'add-member', '--group', 'seven', '--faculty', 'a@b.edu'], /Enter a record id/],
    [['peer-groups', 'add-member', '--group', '1', '--faculty', 'a@b.edu', '--joined', '2026-02-30'], /YYYY-MM-DD/],
  ])('usage error before opening anything: trellis %j', async (args, message) => {
    const result = await runTrellis(args, { home: home.path, env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^trellis: USAGE: /);
    expect(result.stderr).toMatch(message);
  });
});
