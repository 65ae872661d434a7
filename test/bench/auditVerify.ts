/**
 * Verifying an audit log of 100,000 entries (`audit.verify` through the core:
 * read every entry, recompute every hash and link, check the checkpoint in
 * the key file) against one full read of the audit table in the same run.
 * Prints the ratio: verifying costs the read plus one SHA-256 per entry.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAuditEntries } from '../../db/auditChain';
import { createCore } from '../../electron/core/core';

const rounds = Number(process.env.BENCH_RUNS ?? 5);
const entries = 100_000;

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'trellis-bench-audit-'));
  const core = createCore({
    databasePath: join(folder, 'trellis.db'),
    actor: 'benchmark',
    kdfCost: { passphrase: { N: 1024, r: 8, p: 1 }, recovery: { N: 1024, r: 8, p: 1 } },
    automaticBackups: false,
  });
  try {
    await core.call('vault.create', { passphrase: 'benchmark passphrase, not secret' });
    const { kysely, sqlite } = core.session.require();
    const start = Date.UTC(2020, 0, 1);
    const end = await kysely.transaction().execute((trx) =>
      appendAuditEntries(
        trx,
        Array.from({ length: entries }, (_, i) => ({
          at: new Date(start + i * 60_000).toISOString(),
          actor: `staff${i % 7}`,
          operation: ['faculty.update', 'meetings.create', 'mentorships.update', 'imports.commit'][i % 4]!,
          recordType: 'faculty',
          recordId: String(i % 3000),
        })),
      ),
    );
    await core.session.committed(end);
    const readTable = () => {
      let rows = 0;
      for (const _row of sqlite.prepare('SELECT * FROM audit_log ORDER BY id').iterate()) rows++;
      return rows;
    };
    // Both start from the same warm page cache.
    readTable();
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const read = await timed(readTable);
      const verify = await timed(async () => {
        const verified = await core.call('audit.verify', {});
        if (!verified.ok || verified.entries !== entries) throw new Error('The benchmark log did not verify.');
      });
      ratios.push(verify / read);
    }
    console.log(`audit verify of ${entries.toLocaleString('en-US')} entries vs one full read of the audit table:`);
    console.log(
      `  ratio ${median(ratios).toFixed(2)}× (median of ${rounds}; each: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
    );
  } finally {
    await core.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
