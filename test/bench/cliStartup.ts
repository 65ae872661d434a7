/**
 * How fast does `trellis` start?
 *
 *   npx tsx test/bench/cliStartup.ts
 *
 * Runs the real bin (electron/cli/trellis.mjs, which runs the bundle in
 * out-cli/, rebuilt first if stale) in fresh processes, alternating each
 * command with its baseline, and prints the ratio of their median wall
 * times, never a bare time:
 *   - `trellis --version` against `node -e 0`, a Node process that does
 *     nothing (target ≤ 2);
 *   - `trellis status`, unlocking a database with the production key
 *     derivation from TRELLIS_PASSPHRASE, against a Node process that only
 *     derives that key (scrypt N=2^17, r=8, p=1, as db/keySlots.ts) (target
 *     ≤ 1.5): everything status does besides the derivation — loading the
 *     command and the core, opening and checking the database — is the rest.
 * For comparison it also prints `--version` run from the sources through tsx,
 * as the bin did before it ran a bundle. BENCH_RUNS sets the runs of each
 * (default 15).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultKdfCost } from '../../db/keySlots';
import { createCore } from '../../electron/core/core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'electron/cli/trellis.mjs');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const passphrase = 'bench passphrase: seven quiet herons over the estuary';

/** A Node process that derives the passphrase's key as unlocking does, and nothing else. */
const { N, r, p } = defaultKdfCost.passphrase;
const keyDerivationOnly = [
  "const { scrypt, randomBytes } = require('node:crypto');",
  `scrypt('${passphrase}', randomBytes(16), 32, { N: ${N}, r: ${r}, p: ${p}, maxmem: ${256 * N * r + 16 * 1024 * 1024} }, (error) => { if (error) throw error; });`,
].join('\n');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Wall time of one fresh process, in ms; a failed run stops the benchmark rather than measure an error path. */
function timedRun(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  if (run.stderr !== '') throw new Error(`node ${args.join(' ')} wrote to stderr: ${run.stderr}`);
  return ms;
}

/** Median time of `command` over median time of `baseline`, run alternately so both meet the same load. */
function ratio(command: () => number, baseline: () => number): number {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(command());
    theirs.push(baseline());
  }
  return median(ours) / median(theirs);
}

async function main(): Promise<void> {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('Building the command line failed.');

  const dir = mkdtempSync(join(tmpdir(), 'trellis-bench-cli-'));
  try {
    const databasePath = join(dir, 'trellis.db');
    // The production key derivation, as the office's database has.
    const core = createCore({ databasePath, actor: 'bench' });
    await core.call('vault.create', { passphrase });
    await core.close();
    const env = { ...process.env, TRELLIS_PASSPHRASE: passphrase };

    console.log(`trellis start-up, median of ${runs} alternating runs each:`);
    const version = ratio(
      () => timedRun([bin, '--version']),
      () => timedRun(['-e', '0']),
    );
    console.log(`  trellis --version / node -e 0:                 ${version.toFixed(2)}× (target ≤ 2)`);
    const status = ratio(
      () => timedRun([bin, '--db', databasePath, 'status'], env),
      () => timedRun(['-e', keyDerivationOnly]),
    );
    console.log(`  trellis status / key derivation alone:         ${status.toFixed(2)}× (target ≤ 1.5)`);
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
    const before = ratio(
      () => timedRun([tsx, join(root, 'electron/cli/main.ts'), '--version']),
      () => timedRun(['-e', '0']),
    );
    console.log(`  for comparison, through tsx --version / node -e 0: ${before.toFixed(2)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
