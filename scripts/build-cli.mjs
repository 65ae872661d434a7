#!/usr/bin/env node
/**
 * `npm run build:cli`, also run by `npm ci` and `npm install` ("prepare"):
 * bundles the `trellis` command line with esbuild into out-cli/, so the bin
 * starts as plain Node instead of compiling TypeScript at every start.
 *
 * - Our own code (electron/cli, the core, db/, electron/common) is bundled,
 *   and so are the three pure-JavaScript libraries every command loads (see
 *   `inlined`). Every other package stays in node_modules: the
 *   encrypted SQLite module is native, pdfkit and exceljs read files of
 *   their own at run time, and the rest load only when a command uses them.
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
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleFolder, bundleState } from '../electron/cli/bundleState.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(bundleFolder);

/**
 * Bundled although they are npm packages: loaded by every command that
 * opens the database (commander by every command), and read as a few hundred
 * small files each (kysely 279, zod about a hundred), resolving and loading
 * them took more time than the rest of `trellis status` besides the key
 * derivation. Bundled, their code is read as a few files of ours.
 */
const inlined = ['commander', 'kysely', 'zod'];
const { dependencies, devDependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys({ ...dependencies, ...devDependencies }).filter((name) => !inlined.includes(name));

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
    external,
    // commander is CommonJS and requires Node's modules; an ES module has no `require` of its own.
    banner: {
      js: "import { createRequire as __trellisRequire } from 'node:module';\nconst require = __trellisRequire(import.meta.url);",
    },
    metafile: true,
    logLevel: 'warning',
  });
  // Paths relative to the project, as esbuild names them; an inlined package by its package.json, rewritten when it is updated.
  const ours = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  const inputs = [...ours, ...inlined.map((name) => `node_modules/${name}/package.json`)].sort();
  writeFileSync(`${building}/build.json`, `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
  rmSync(out, { recursive: true, force: true });
  renameSync(building, out);
} catch (error) {
  rmSync(building, { recursive: true, force: true });
  // esbuild has printed the errors with their files and lines.
  console.error(`build-cli: the command line was not built (${error instanceof Error ? error.message : error}).`);
  process.exit(1);
}
