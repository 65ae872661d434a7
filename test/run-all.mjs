#!/usr/bin/env node
/**
 * `npm test`: everything CI checks, in order — typecheck, lint, formatting, unit and
 * integration tests on the real encrypted database, a production build of the
 * renderer, then the browser tests in Chromium. Stops at the first failure.
 * Ends with one line "Tests: N passed, N failed" totalled over both suites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `The browser tests need Chromium, and none was found at ${chromium}.\n` +
      'Install it with:  sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };

function run(title, command, args) {
  console.log(`\n── ${title} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

function finish(status) {
  console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(status);
}

function step(title, command, args) {
  const status = run(title, command, args);
  if (status !== 0) {
    console.error(`\n${title} failed.`);
    totals.failed = Math.max(1, totals.failed);
    finish(status);
  }
}

function vitest(project) {
  const report = `test-results/vitest-${project}.json`;
  rmSync(report, { force: true });
  const status = run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests;
  }
  if (status !== 0) {
    totals.failed = Math.max(1, totals.failed);
    finish(status);
  }
}

step('Typecheck', 'npm', ['run', '--silent', 'typecheck']);
step('Lint', 'npm', ['run', '--silent', 'lint']);
step('Formatting', 'npm', ['run', '--silent', 'format:check']);
vitest('node');
step('Build', 'npx', ['electron-vite', 'build']);
vitest('browser');
finish(0);
