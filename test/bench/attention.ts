/**
 * How fast is the "needs attention" dashboard on the large demo set?
 *
 *   npx tsx test/bench/attention.ts
 *
 * Builds the large demo records (≈3,000 faculty, 2,500 mentorships, 30,000
 * meetings, 40 groups) in a temporary encrypted database, then times each
 * dashboard query against one plain full scan of the meetings table, measured
 * in the same run on the same connection. Times are printed only as ratios
 * to that scan, so the numbers mean the same on a fast or a slow machine: a
 * ratio under 1 means the query costs less than reading every meeting once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { attentionQueries, chartQueries } from '../../electron/core/attention/report';
import { createCore } from '../../electron/core/core';
import { isoDate } from '../../electron/common/isoDates';

const rounds = 25;
const warmUpRounds = 3;

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
  const today = isoDate(new Date());
  const core = createCore({
    databasePath: join(folder, 'trellis.db'),
    actor: 'benchmark',
    // The benchmark is about queries, not key derivation.
    kdfCost: { passphrase: { N: 1024, r: 8, p: 1 }, recovery: { N: 1024, r: 8, p: 1 } },
  });
  try {
    await core.call('vault.create', { passphrase: 'benchmark passphrase, not secret' });
    const fillStarted = process.hrtime.bigint();
    const filled = await core.call('demo.fill', { size: 'large' });
    const fillTime = Number(process.hrtime.bigint() - fillStarted);
    const { kysely: db, sqlite } = core.session.require();

    const scanSql = 'SELECT count(*), sum(duration_minutes) FROM meetings';
    const scanPlan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${scanSql}`).all() as { detail: string }[]).map(
      (r) => r.detail,
    );
    const scan = () => sql.raw(scanSql).execute(db);

    const queries: [string, () => Promise<unknown>][] = [
      ...Object.entries(attentionQueries).map(
        ([kind, query]) => [kind, () => query(db, today)] as [string, () => Promise<unknown>],
      ),
      ['chart: active mentorships by department', () => chartQueries.activeMentorshipsByDepartment(db)],
      ['chart: share meeting their cadence', () => chartQueries.cadence(db, today)],
      ['attention.list (whole dashboard, through the core)', () => core.call('attention.list', {})],
    ];

    for (let i = 0; i < warmUpRounds; i++) {
      await scan();
      for (const [, run] of queries) await run();
    }
    // Interleaved, so a slow moment of the machine hits the scan and the queries alike.
    const scanTimes: number[] = [];
    const queryTimes = new Map<string, number[]>(queries.map(([name]) => [name, []]));
    for (let i = 0; i < rounds; i++) {
      scanTimes.push(await timed(scan));
      for (const [name, run] of queries) queryTimes.get(name)!.push(await timed(run));
    }
    const scanMedian = median(scanTimes);
    const report = await core.call('attention.list', {});

    console.log('Trellis attention benchmark (large demo set)');
    console.log(
      `  records: ${filled.counts.faculty} faculty, ${filled.counts.mentorships} mentorships, ${filled.counts.meetings} meetings, ${filled.counts.peer_groups} groups`,
    );
    console.log(`  baseline: one full scan of meetings — ${scanSql} [plan: ${scanPlan.join('; ')}]`);
    console.log(
      `  medians of ${rounds} interleaved rounds after ${warmUpRounds} warm-up rounds; ratio = query time / scan time\n`,
    );
    const width = Math.max(...queries.map(([name]) => name.length));
    for (const [name] of queries) {
      const ratio = median(queryTimes.get(name)!) / scanMedian;
      const items = name in report.counts ? `  (${report.counts[name as keyof typeof report.counts]} items)` : '';
      console.log(`  ${name.padEnd(width)}  ${ratio.toFixed(2).padStart(7)} × scan${items}`);
    }
    console.log(
      `\n  demo.fill large (once, cold)${' '.repeat(Math.max(0, width - 28))}  ${(fillTime / scanMedian).toFixed(0).padStart(7)} × scan`,
    );
  } finally {
    await core.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
