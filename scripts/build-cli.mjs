#!/usr/bin/env node
/**
 * `npm run build:cli`, also run by `npm ci` and `npm install` ("prepare"):
 * bundles the `trellis` command line with esbuild into out-cli/, so the bin
 * starts as plain Node instead of compiling TypeScript at every start.
 *
 * - Our own code (electron/cli, the core, db/, electron/common) is bundled;
 *   npm packages stay in node_modules: the encrypted SQLite module is
 *   native, and pdfkit and exceljs read files of their own at run time.
 * - Split into chunks (out-cli/chunks/): each command, and each domain of the
 *   core, is loaded only when first used.
 * - The spreadsheet reader's worker is built beside the entry
 *   (out-cli/sheetWorker.js), where the core looks for it.
 * - out-cli/build.json lists the source files that went in, and when, so the
 *   bin can tell when the bundle is older than them (electron/cli/bundleState.mjs).
 *
 * out-cli/ is outside out/, of which `electron-vite build` empties only the
 * main, preload and renderer folders, and outside what electron-builder packages.
 *
 * `--if-stale` builds only when the bundle is missing or older than its
 * sources (the node tests' global set-up runs it so).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleFolder, bundleState } from '../electron/cli/bundleState.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(bundleFolder);

if (process.argv.includes('--if-stale') && bundleState().fresh) process.exit(0);

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without development tools (npm ci --omit=dev) has no esbuild; the bin then says what to run.
  console.error('build-cli: esbuild is not installed, so the command line was not built. Run "npm ci" first.');
  process.exit(process.env.npm_lifecycle_event === 'prepare' ? 0 : 1);
}

const builtAt = Date.now();
// Built aside and swapped in whole, so a `trellis` started meanwhile never sees half a bundle.
const building = `${out.replace(/[\\/]$/, '')}.building-${process.pid}`;
rmSync(building, { recursive: true, force: true });
mkdirSync(building, { recursive: true });
try {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      trellis: 'electron/cli/main.ts',
      sheetWorker: 'electron/core/spreadsheets/xlsx/sheetWorker.ts',
    },
    outdir: building,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  // Paths relative to the project, as esbuild names them.
  const inputs = Object.keys(result.metafile.inputs).sort();
  writeFileSync(`${building}/build.json`, `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
  rmSync(out, { recursive: true, force: true });
  renameSync(building, out);
} catch (error) {
  rmSync(building, { recursive: true, force: true });
  // esbuild has printed the errors with their files and lines.
  console.error(`build-cli: the command line was not built (${error instanceof Error ? error.message : error}).`);
  process.exit(1);
}
