import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const buildScript = fileURLToPath(new URL('../../../scripts/build-cli.mjs', import.meta.url));

/**
 * The node tests' global set-up: the CLI tests spawn the real bin, which runs
 * the bundle in out-cli/, so it is rebuilt first when its sources changed
 * (a no-op when it is fresh). Otherwise the bin would run the sources
 * through tsx and say so on stderr, and the tests would not test the bundle.
 */
export default function buildCliBundle(): void {
  const built = spawnSync(process.execPath, [buildScript, '--if-stale'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('Building the command line (scripts/build-cli.mjs) failed; see above.');
}
