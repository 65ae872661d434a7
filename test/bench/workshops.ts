/**
 * How fast does Trellis plan a large speed peer-mentoring workshop?
 *
 *   npx tsx test/bench/workshops.ts
 *
 * Builds the large demo records (≈3,000 faculty, 2,500 mentorships, 30,000
 * meetings, 40 groups) in a temporary encrypted database, seats 120 of its
 * faculty — members of peer groups and people with mentorships among them, so
 * there are known pairs to keep apart — at a 6-round workshop, and times
 * planning it: the planner alone (six exact matchings of 120 people), and
 * `workshops.plan` through the core (known pairs read from the records, seats
 * written in a transaction). Times are printed only as ratios to one full
 * scan of the meetings table, measured in the same run on the same connection.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createCore } from '../../electron/core/core';
import { planRounds } from '../../electron/core/workshops/planner/plan';

const people = 120;
const roundCount = 6;
const runs = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  const core = createCore({
    databasePath: join(folder, 'trellis.db'),
    actor: 'benchmark',
    now: () => new Date('2026-03-10T12:00:00Z'),
    kdfCost: { passphrase: { N: 1024, r: 8, p: 1 }, recovery: { N: 1024, r: 8, p: 1 } },
  });
  try {
    await core.call('vault.create', { passphrase: 'benchmark passphrase, not secret' });
    const filled = await core.call('demo.fill', { size: 'large' });
    const { kysely: db } = core.session.require();
    // Group members and mentors first, so the room holds people who already know each other.
    const known = await db
      .selectFrom('faculty as f')
      .select('f.id')
      .where('f.active', '=', 1)
      .orderBy(
        (eb) =>
          eb
            .selectFrom('peer_group_members as gm')
            .select((inner) => inner.fn.countAll<number>().as('n'))
            .whereRef('gm.faculty_id', '=', 'f.id'),
        'desc',
      )
      .orderBy('f.id')
      .limit(people)
      .execute();
    const program = (await core.call('programs.list', {}))[0]!;
    const workshop = await core.call('workshops.create', { programId: program.id, heldOn: '2026-03-10', roundCount });
    const added = await core.call('workshops.addParticipants', {
      workshopId: workshop.id,
      source: { kind: 'people', facultyIds: known.map((k) => k.id) },
    });
    await core.call('workshops.setAttendance', {
      participantIds: added.workshop.participants.map((p) => p.id),
      attendance: 'present',
    });
    const room = added.workshop.participants.map((p) => ({ id: p.id, department: p.department }));

    const scan = () => sql.raw('SELECT count(*), sum(duration_minutes) FROM meetings').execute(db);
    const planner = () => planRounds({ people: room, roundCount, heldRounds: [], knownPairs: [], seed: 1 });
    const throughCore = (seed: number) => () => core.call('workshops.plan', { workshopId: workshop.id, seed });
    await scan();
    planner();
    await throughCore(0)();
    const times = { scan: [] as number[], planner: [] as number[], core: [] as number[] };
    for (let run = 1; run <= runs; run++) {
      times.scan.push(await timed(scan));
      times.planner.push(await timed(planner));
      times.core.push(await timed(throughCore(run)));
    }
    const scanMedian = median(times.scan);
    const planned = await core.call('workshops.get', { id: workshop.id });
    console.log('Trellis workshop planning benchmark (large demo set)');
    console.log(
      `  records: ${filled.counts.faculty} faculty, ${filled.counts.mentorships} mentorships, ${filled.counts.meetings} meetings`,
    );
    console.log(`  room: ${people} people, ${roundCount} rounds; medians of ${runs} interleaved runs after a warm-up`);
    console.log(`  baseline: one full scan of meetings\n`);
    console.log(`  planner alone (6 exact matchings)        ${(median(times.planner) / scanMedian).toFixed(1)} × scan`);
    console.log(`  workshops.plan through the core         ${(median(times.core) / scanMedian).toFixed(1)} × scan`);
    console.log(`  rounds planned: ${planned.rounds.length}, seats per round: ${planned.rounds[0]!.groups.length * 2}`);
  } finally {
    await core.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
