/**
 * Where the bundled command line lives (out-cli/, built by
 * scripts/build-cli.mjs) and whether it is at least as new as every source
 * file that went into it. Plain JavaScript: the `trellis` bin runs this
 * before anything is built.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';

const projectRoot = new URL('../../', import.meta.url);
export const bundleFolder = new URL('out-cli/', projectRoot);
export const bundleEntry = new URL('trellis.js', bundleFolder);
/** `{ builtAt, inputs }`: when the build began (ms), and the project files it read, relative to the project. */
export const manifestFile = new URL('build.json', bundleFolder);

/**
 * `{ fresh: true }`, or `{ fresh: false, reason }` in words for a message.
 * Outside a checkout (no sources beside the bundle) the bundle is all there
 * is, so it counts as fresh.
 *
 * @returns {{ fresh: true } | { fresh: false, reason: string }}
 */
export function bundleState() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return { fresh: false, reason: 'it has not been built' };
  }
  if (!existsSync(new URL('electron/cli/main.ts', projectRoot))) return { fresh: true };
  for (const input of manifest.inputs) {
    const stat = statSync(new URL(input, projectRoot), { throwIfNoEntry: false });
    if (!stat) return { fresh: false, reason: `${input} is gone` };
    if (stat.mtimeMs > manifest.builtAt) return { fresh: false, reason: `${input} changed since` };
  }
  return { fresh: true };
}
