/**
 * Where the bundled command line lives (out-cli/, built by
 * scripts/build-cli.mjs) and whether it is at least as new as every source
 * file that went into it. Plain JavaScript: the `trellis` bin runs this
 * before anything is built.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = new URL('../../', import.meta.url);
const projectFolder = fileURLToPath(projectRoot);
export const bundleFolder = new URL('out-cli/', projectRoot);
export const bundleEntry = new URL('trellis.js', bundleFolder);
/** `{ builtAt, inputs }`: when the build began (ms), and the project files that went in, relative to the project. */
export const manifestFile = new URL('build.json', bundleFolder);

/**
 * `{ fresh: true }`, or `{ fresh: false, problem }`: what is wrong and what
 * to run, in words for stderr. Outside a checkout (no sources beside the
 * bundle) the bundle is all there is, so it counts as fresh.
 *
 * @returns {{ fresh: true } | { fresh: false, problem: string }}
 */
export function bundleState() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return {
      fresh: false,
      problem:
        'The command line has not been built (out-cli/ is missing). Run "npm run build:cli" in the Trellis folder.',
    };
  }
  if (!existsSync(join(projectFolder, 'electron/cli/main.ts'))) return { fresh: true };
  for (const input of manifest.inputs) {
    // Plain paths: a URL per file would cost more than the stat itself, and this runs at every start.
    const stat = statSync(join(projectFolder, input), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > manifest.builtAt) {
      return {
        fresh: false,
        problem: `The built command line in out-cli/ is older than its sources (${input} ${stat ? 'changed' : 'is gone'} since). Run "npm run build:cli" in the Trellis folder to rebuild it.`,
      };
    }
  }
  return { fresh: true };
}
