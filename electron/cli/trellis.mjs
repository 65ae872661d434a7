#!/usr/bin/env node
// The `trellis` bin: runs the bundled command line in out-cli/, plain Node
// that starts at once (built by `npm run build:cli`, which `npm ci` runs).
// From a checkout whose sources changed since the build, it says what to run
// and, with the development tools installed, runs the sources through tsx
// meanwhile — slower, and said so on stderr.
import { bundleEntry, bundleState } from './bundleState.mjs';

const state = bundleState();
if (state.fresh) {
  await import(bundleEntry.href);
} else {
  process.stderr.write(`trellis: ${state.problem}\n`);
  let tsImport;
  try {
    ({ tsImport } = await import('tsx/esm/api'));
  } catch {
    // tsx is a development dependency: absent after `npm install --omit=dev`.
    process.exit(1);
  }
  process.stderr.write('trellis: Running it from its TypeScript sources through tsx meanwhile, which is slower.\n');
  await tsImport('./main.ts', import.meta.url);
}
