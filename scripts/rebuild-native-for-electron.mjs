#!/usr/bin/env node
/**
 * Prepares the app for electron-builder with the native database module
 * (better-sqlite3-multiple-ciphers) built for Electron — without touching the
 * project's node_modules, whose Node build the tests, the command line and
 * the browser test host need.
 *
 * A native module is compiled against one ABI: Node 20's or Electron's, never
 * both. Rebuilding node_modules in place (what electron-builder does by
 * default) would break `npm test` until the next `npm rebuild`. So this
 * script stages a copy of the app and rebuilds the module there:
 *
 *   .native-electron/                   (gitignored)
 *     app/                              electron-builder's app directory (directories.app)
 *       package.json                    the runtime fields of ./package.json
 *       out/                            a copy of the electron-vite build
 *       resources/                      fonts and data files the core reads at run time
 *                                       (resources/build, the installer artwork, stays out)
 *       node_modules/                   the production dependencies, copied;
 *                                       the native module rebuilt for Electron
 *     cache/<platform>-<arch>-electron-<version>-<module>-<version>/
 *                                       the last Electron build, reused next time
 *
 * Usage:  node scripts/rebuild-native-for-electron.mjs [--arch=x64|arm64|ia32] [--force]
 *         (npm run rebuild:electron; npm run dist runs it between build and packaging)
 *
 * Needs the internet the first time for each Electron version: @electron/rebuild
 * downloads a prebuilt binary for Electron, or else Electron's headers to
 * compile one (then Python 3 and a C++ toolchain are needed too).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const nativeModule = 'better-sqlite3-multiple-ciphers';
const nativeBinary = 'better_sqlite3.node';
/** package.json fields the packaged app needs; scripts and devDependencies stay behind. */
const runtimeFields = [
  'name',
  'productName',
  'version',
  'description',
  'author',
  'license',
  'homepage',
  'type',
  'main',
];

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const stageDir = join(projectDir, '.native-electron');
const appDir = join(stageDir, 'app');

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function parseArguments(argv) {
  const options = { arch: process.arch, force: false };
  for (const argument of argv) {
    if (argument === '--force') options.force = true;
    else if (argument.startsWith('--arch=')) options.arch = argument.slice('--arch='.length);
    else if (argument === '--help' || argument === '-h') {
      console.log('Usage: node scripts/rebuild-native-for-electron.mjs [--arch=x64|arm64|ia32] [--force]');
      process.exit(0);
    } else fail([`Unknown option: ${argument}`]);
  }
  return options;
}

/** Node's lookup for `name` required from `fromDir`: its node_modules, then each parent's, up to the project. */
function packageDirFor(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === projectDir || dirname(dir) === dir) return null;
  }
}

/** Every installed package the app needs at run time: its dependencies and theirs, never devDependencies. */
function productionPackageDirs(rootPackage) {
  const found = new Set();
  const visit = (fromDir, manifest) => {
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const dir = packageDirFor(name, fromDir);
      if (!dir) {
        if (optional.has(name)) continue;
        fail([`${name} is not installed (needed by ${manifest.name}). Run \`npm ci\` first.`]);
      }
      if (found.has(dir)) continue;
      found.add(dir);
      visit(dir, readJson(join(dir, 'package.json')));
    }
  };
  visit(projectDir, rootPackage);
  return [...found];
}

/** Copies the production dependencies into the staged app, leaving out the module's Node build. */
function stageDependencies(packageDirs) {
  for (const dir of packageDirs) {
    const isNativeModule = relative(projectDir, dir) === join('node_modules', nativeModule);
    const skipped = new Set([join(dir, 'node_modules'), ...(isNativeModule ? [join(dir, 'build')] : [])]);
    cpSync(dir, join(appDir, relative(projectDir, dir)), {
      recursive: true,
      // Nested node_modules are staged as packages of their own; the Node build must never ship.
      filter: (source) => !skipped.has(source),
    });
  }
}

function stageManifest(rootPackage) {
  const manifest = Object.fromEntries(
    runtimeFields.filter((f) => rootPackage[f] !== undefined).map((f) => [f, rootPackage[f]]),
  );
  manifest.dependencies = rootPackage.dependencies ?? {};
  writeFileSync(join(appDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function stageBuildOutput() {
  const out = join(projectDir, 'out');
  if (!existsSync(join(out, 'main', 'index.js'))) {
    console.warn('No build in out/ yet: run `npm run build` before packaging (`npm run dist` does both).');
    return;
  }
  cpSync(out, join(appDir, 'out'), { recursive: true });
}

/** The core finds resources/ by walking up from out/main, so it sits beside out/ inside app.asar. */
function stageResources() {
  const resources = join(projectDir, 'resources');
  if (!existsSync(resources)) return;
  const buildResources = join(resources, 'build');
  cpSync(resources, join(appDir, 'resources'), { recursive: true, filter: (source) => source !== buildResources });
}

async function rebuildForElectron({ electronVersion, arch, moduleDir }) {
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({
      buildPath: appDir,
      electronVersion,
      arch,
      onlyModules: [nativeModule],
      force: true,
      mode: 'sequential',
    });
  } catch (error) {
    const reason =
      (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim()) ?? 'unknown';
    fail([
      `Could not build ${nativeModule} for Electron ${electronVersion} (${process.platform}-${arch}).`,
      '',
      'This step needs the internet: @electron/rebuild downloads a prebuilt binary for Electron,',
      "or else Electron's headers to compile one (which also needs Python 3 and a C++ compiler:",
      'Xcode Command Line Tools on macOS, Visual Studio Build Tools on Windows, build-essential on Linux).',
      '',
      `Reason: ${reason}`,
      '',
      'Nothing in node_modules was changed: tests and the command line keep working.',
      'Connect to the internet and run `npm run rebuild:electron` (or `npm run dist`) again.',
    ]);
  }
  const binary = join(moduleDir, 'build', 'Release', nativeBinary);
  const meta = join(moduleDir, 'build', 'Release', '.forge-meta');
  // @electron/rebuild records `<platform>--<arch>--<ABI>` of what it built.
  const built = existsSync(meta) ? readFileSync(meta, 'utf8').trim() : '';
  const [builtPlatform, builtArch, builtAbi] = built.split('--');
  if (
    !existsSync(binary) ||
    builtPlatform !== process.platform ||
    builtArch !== arch ||
    builtAbi === process.versions.modules
  ) {
    fail([
      `The rebuild of ${nativeModule} did not produce an Electron ${process.platform}-${arch} binary (found "${built}").`,
    ]);
  }
  return binary;
}

/** What ships of the native module: its JavaScript and the one Electron binary (no sources, no objects). */
function pruneNativeModule(moduleDir, binary) {
  const kept = readFileSync(binary);
  for (const part of ['build', 'deps', 'src']) rmSync(join(moduleDir, part), { recursive: true, force: true });
  mkdirSync(join(moduleDir, 'build', 'Release'), { recursive: true });
  writeFileSync(join(moduleDir, 'build', 'Release', nativeBinary), kept);
}

async function main() {
  const { arch, force } = parseArguments(process.argv.slice(2));
  const electronManifest = join(projectDir, 'node_modules', 'electron', 'package.json');
  if (!existsSync(electronManifest)) fail(['Electron is not installed. Run `npm ci` first.']);
  const electronVersion = readJson(electronManifest).version;
  const rootPackage = readJson(join(projectDir, 'package.json'));
  const moduleVersion = readJson(join(projectDir, 'node_modules', nativeModule, 'package.json')).version;

  rmSync(appDir, { recursive: true, force: true });
  mkdirSync(appDir, { recursive: true });
  stageDependencies(productionPackageDirs(rootPackage));
  stageManifest(rootPackage);
  stageBuildOutput();
  stageResources();

  const moduleDir = join(appDir, 'node_modules', nativeModule);
  const cacheDir = join(
    stageDir,
    'cache',
    `${process.platform}-${arch}-electron-${electronVersion}-${nativeModule}-${moduleVersion}`,
  );
  const cached = join(cacheDir, nativeBinary);
  if (force || !existsSync(cached)) {
    const binary = await rebuildForElectron({ electronVersion, arch, moduleDir });
    mkdirSync(cacheDir, { recursive: true });
    cpSync(binary, cached);
  } else {
    console.log(
      `Using the Electron build of ${nativeModule} from ${relative(projectDir, cacheDir)}${sep} (--force rebuilds it).`,
    );
  }
  pruneNativeModule(moduleDir, cached);

  console.log(
    `Staged the app for Electron ${electronVersion} (${process.platform}-${arch}) in ${relative(projectDir, appDir)}${sep}; ` +
      'node_modules keeps its Node build.',
  );
}

await main();
