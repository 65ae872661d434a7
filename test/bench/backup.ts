/**
 * A backup of the large demo set (3,000 faculty, 2,500 mentorships, ~30,000
 * meetings, 40 groups) against one full read of the database — a SELECT of
 * every row of every table — in the same run. Prints the ratio (target ≤ 2×):
 * the backup copies every page once with VACUUM INTO, checksums the copy and
 * writes the zip, so it costs a small multiple of reading everything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/core';

const rounds = Number(process.env.BENCH_RUNS ?? 5);

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'trellis-bench-backup-'));
  const core = createCore({
    databasePath: join(folder, 'trellis.db'),
    actor: 'benchmark',
    kdfCost: { passphrase: { N: 1024, r: 8, p: 1 }, recovery: { N: 1024, r: 8, p: 1 } },
    automaticBackups: false,
  });
  try {
    await core.call('vault.create', { passphrase: 'benchmark passphrase, not secret' });
    await core.call('demo.fill', { size: 'large' });
    const { sqlite } = core.session.require();
    const tables = sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    const readEverything = () => {
      let rows = 0;
      for (const table of tables) for (const _row of sqlite.prepare(`SELECT * FROM "${table}"`).iterate()) rows++;
      return rows;
    };
    // Both start from the same warm page cache.
    readEverything();
    const ratios: number[] = [];
    let bytes = 0;
    for (let round = 0; round < rounds; round++) {
      const read = await timed(readEverything);
      const backup = await timed(async () => {
        const entry = await core.call('backups.create', { path: join(folder, `bench-${round}.trellisbackup`) });
        bytes = entry.bytes;
      });
      ratios.push(backup / read);
    }
    console.log(`backup of the large demo set (${(bytes / 1e6).toFixed(1)} MB) vs one full read of every row:`);
    console.log(
      `  ratio ${median(ratios).toFixed(2)}× (median of ${rounds}; each: ${ratios.map((r) => r.toFixed(2)).join(', ')}; target ≤ 2×)`,
    );
  } finally {
    await core.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
