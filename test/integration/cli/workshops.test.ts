import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop, WorkshopRow } from '../../../electron/core/workshops/contract';
import { readPdf } from '../../support/pdfText';
import { createTempCore, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { addFaculty } from '../../support/workshops';
import { runTrellis } from './runTrellis';

// Every run is a real process on a real encrypted database, so the steps share one workshop, in order.
describe('trellis workshops', { timeout: 300_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  let made: TempCore;
  let programId: number;
  let emails: string[];
  let groupId: number;
  let workshopId: number;
  const run = (...args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], {
      home: home.path,
      env: { TRELLIS_PASSPHRASE: testPassphrase },
    });

  beforeAll(async () => {
    home = tempDir('trellis-cli-workshops-');
    made = await createTempCore({ now: () => new Date('2026-03-10T12:00:00Z') });
    const program = await made.core.call('programs.create', { name: 'Peer Program', sponsor: 'OAA' });
    programId = program.id;
    const people = await addFaculty(made.core, 7);
    emails = people.map((p) => p.email);
    const group = await made.core.call('peerGroups.create', {
      programId,
      name: 'Clinician Educators',
      focus: 'Teaching',
      startedOn: '2026-01-05',
    });
    groupId = group.id;
    for (const p of people.slice(0, 4)) await made.core.call('peerGroups.addMember', { groupId, facultyId: p.id });
    await made.core.close();
  });
  afterAll(async () => {
    await made.dispose();
    home.remove();
  });

  it('create, then add a peer group, people by email and a walk-in', async () => {
    const created = await run(
      'workshops',
      'create',
      '--program',
      String(programId),
      '--date',
      '2026-03-10',
      '--time',
      '14:00',
      '--place',
      'Room 210',
      '--tables',
      '3',
      '--facilitator',
      'Office staff',
      '--json',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const workshop = JSON.parse(created.stdout) as Workshop;
    workshopId = workshop.id;
    expect(workshop).toMatchObject({ roundCount: 4, roundMinutes: 10, tableCount: 3, place: 'Room 210' });

    const fromGroup = await run('workshops', 'add', '--workshop', String(workshopId), '--group', String(groupId));
    expect(fromGroup.stdout).toContain('Added 4 participants');
    const byEmail = await run(
      'workshops',
      'add',
      '--workshop',
      String(workshopId),
      '--faculty',
      emails[0]!,
      emails[4]!,
      emails[5]!,
    );
    expect(byEmail.stdout).toContain('Added 2 participants');
    expect(byEmail.stdout).toContain('1 already on the list.');
    const walkIn = await run(
      'workshops',
      'add',
      '--workshop',
      String(workshopId),
      '--walk-in',
      'Visiting Scholar',
      '--walk-in-department',
      'Nursing',
    );
    expect(walkIn.code).toBe(0);
  });

  it('plan is refused until people check in; checkin --all, then plan prints the rounds', async () => {
    const notYet = await run('workshops', 'plan', '--workshop', String(workshopId));
    expect(notYet.code).toBe(1);
    expect(notYet.stderr).toMatch(/Only one person has checked in/);

    const checkin = await run('workshops', 'checkin', '--workshop', String(workshopId), '--all');
    expect(checkin.stdout).toBe('7 of 7 present at Peer Mentoring for Career Success.\n');
    const plan = await run('workshops', 'plan', '--workshop', String(workshopId), '--seed', '4');
    // The plan as the records hold it, read while no command runs.
    await made.core.call('vault.unlock', { passphrase: testPassphrase });
    const planned = await made.core.call('workshops.get', { id: workshopId });
    await made.core.close();
    expect(planned.rounds).toHaveLength(4);
    expect(plan.stdout.split('\n').slice(0, 1 + planned.rounds[0]!.groups.length)).toEqual([
      'Round 1',
      ...planned.rounds[0]!.groups.map((g) => `  Table ${g.table}  ${g.people.map((p) => p.name).join(' and ')}`),
    ]);
  });

  it('someone leaves: plan --from-round 3 keeps rounds 1–2; list shows who came', async () => {
    await made.core.call('vault.unlock', { passphrase: testPassphrase });
    const planned = await made.core.call('workshops.get', { id: workshopId });
    await made.core.close();
    const left = await run('workshops', 'checkin', '--workshop', String(workshopId), '--left', emails[5]!);
    expect(left.stdout).toBe('6 of 7 present at Peer Mentoring for Career Success.\n');
    const replanned = JSON.parse(
      (await run('workshops', 'plan', '--workshop', String(workshopId), '--from-round', '3', '--json')).stdout,
    ) as Workshop;
    expect(replanned.rounds.slice(0, 2)).toEqual(planned.rounds.slice(0, 2));
    expect(replanned.rounds[2]!.groups.flatMap((g) => g.people)).toHaveLength(6);

    const list = JSON.parse((await run('workshops', 'list', '--json')).stdout) as WorkshopRow[];
    expect(list.map((w) => [w.id, w.participantCount, w.presentCount, w.planned])).toEqual([[workshopId, 7, 6, true]]);
  });

  it('sheets writes one PDF to a file, or one per kind of sheet into a folder, and never replaces a file without --force', async () => {
    const file = join(home.path, 'workshop.pdf');
    const one = await run('workshops', 'sheets', '--workshop', String(workshopId), '--out', file, '--json');
    expect(one.code).toBe(0);
    const [written] = JSON.parse(one.stdout) as { path: string; pages: number }[];
    expect(written!.path).toBe(file);
    const pdf = await readPdf(readFileSync(file));
    expect(pdf.pageCount).toBe(written!.pages);
    expect(pdf.pages.join(' ')).toContain('Visiting Scholar');

    const again = await run('workshops', 'sheets', '--workshop', String(workshopId), '--out', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');

    const folder = join(home.path, 'sheets');
    mkdirSync(folder);
    const many = await run('workshops', 'sheets', '--workshop', String(workshopId), '--out', folder);
    expect(many.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      'workshop-peer-mentoring-for-career-success-2026-03-10-cards.pdf',
      'workshop-peer-mentoring-for-career-success-2026-03-10-grid.pdf',
      'workshop-peer-mentoring-for-career-success-2026-03-10-signin.pdf',
      'workshop-peer-mentoring-for-career-success-2026-03-10-tables.pdf',
    ]);
    expect(existsSync(file)).toBe(true);
  });
});
