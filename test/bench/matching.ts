/**
 * How fast is finding mentors on the large demo set?
 *
 *   npx tsx test/bench/matching.ts
 *
 * Builds the large demo records (≈3,000 faculty, 2,500 mentorships, 30,000
 * meetings) in a temporary encrypted database, then times, through the core
 * as the app calls them, suggestions for one mentee and the optimal match
 * of a cohort of 400 mentees against everyone else, each against one plain
 * full scan of the meetings table measured in the same run on the same
 * connection. Printed only as ratios to that scan (targets: suggestions ≤ 0.25
 * scans; the cohort within about 2 s on a 2-core machine).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createCore } from '../../electron/core/core';

const rounds = 7;
const suggestionRounds = 25;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  const core = createCore({
    databasePath: join(folder, 'trellis.db'),
    actor: 'benchmark',
    kdfCost: { passphrase: { N: 1024, r: 8, p: 1 }, recovery: { N: 1024, r: 8, p: 1 } },
  });
  try {
    await core.call('vault.create', { passphrase: 'benchmark passphrase, not secret' });
    const filled = await core.call('demo.fill', { size: 'large' });
    const { kysely: db } = core.session.require();
    const scanSql = 'SELECT count(*), sum(duration_minutes) FROM meetings';
    const scan = () => sql.raw(scanSql).execute(db);

    const programs = await core.call('programs.list', { status: 'active' });
    const program = programs[0]!;
    // 400 mentees: active early-career people, those without an open mentor first.
    const candidates = await db
      .selectFrom('faculty as f')
      .select((eb) => [
        'f.id',
        eb
          .exists(
            eb
              .selectFrom('mentorships as m')
              .select('m.id')
              .whereRef('m.mentee_id', '=', 'f.id')
              .where('m.status', '!=', 'ended'),
          )
          .as('paired'),
      ])
      .where('f.active', '=', 1)
      .where('f.rank', 'in', ['Instructor', 'Assistant Professor'])
      .orderBy('f.id')
      .execute();
    const menteeIds = candidates
      .sort((a, b) => Number(a.paired) - Number(b.paired) || a.id - b.id)
      .slice(0, 400)
      .map((c) => c.id);
    const propose = () => core.call('matching.cohort.propose', { programId: program.id, menteeIds });
    const suggest = (i: number) => () =>
      core.call('matching.suggest', { menteeId: menteeIds[i % menteeIds.length]!, programId: program.id });

    await scan();
    await propose();
    for (let i = 0; i < 3; i++) await suggest(i)();

    const scanTimes: number[] = [];
    const cohortTimes: number[] = [];
    const suggestTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      scanTimes.push(await timed(scan));
      cohortTimes.push(await timed(propose));
      for (let i = 0; i < suggestionRounds / rounds; i++) {
        scanTimes.push(await timed(scan));
        suggestTimes.push(await timed(suggest(round * 7 + i)));
      }
    }
    const scanMedian = median(scanTimes);
    const proposal = await propose();

    console.log('Trellis matching benchmark (large demo set)');
    console.log(
      `  records: ${filled.counts.faculty} faculty, ${filled.counts.mentorships} mentorships, ${filled.counts.meetings} meetings`,
    );
    console.log(`  baseline: one full scan of meetings — ${scanSql}`);
    console.log('  medians of interleaved rounds; ratio = operation time / scan time\n');
    console.log(
      `  matching.suggest (one mentee, top 5 + left out)   ${(median(suggestTimes) / scanMedian).toFixed(2).padStart(7)} × scan`,
    );
    console.log(
      `  matching.cohort.propose (${menteeIds.length} mentees, pool ${proposal.summary.poolSize})  ${(median(cohortTimes) / scanMedian).toFixed(2).padStart(7)} × scan`,
    );
    console.log(
      `    matched ${proposal.summary.matched}, unmatched ${proposal.summary.unmatched}, average score ${proposal.summary.averageScore}`,
    );
  } finally {
    await core.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
