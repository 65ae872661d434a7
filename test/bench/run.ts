/**
 * `npm run bench`: every benchmark in this folder, one after another. Each
 * prints ratios measured in the same run (ours vs a baseline), never a bare
 * time, because timings on shared machines are noisy.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'run.ts');
let failed = false;
for (const bench of benches) {
  const result = spawnSync('npx', ['tsx', join(here, bench)], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
