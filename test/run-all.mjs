#!/usr/bin/env node
/**
 * `npm test`: everything CI checks, in order — typecheck, lint, formatting, unit and
 * integration tests on the real encrypted database (then again with the clock
 * moved, see movedClocks), a production build of the renderer, then the browser
 * tests in Chromium. Stops at the first failure. Ends with one line
 * "Tests: N passed, N failed" totalled over every run.
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

if (spawnSync('faketime', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error(
    'The node tests run again with the clock moved, which needs faketime (libfaketime), and it was not found.\n' +
      'Install it with:  sudo apt-get install -y faketime',
  );
  process.exit(1);
}

/**
 * The node tests run once more under each of these clocks, so a test that
 * passes only on the day it was written (or in the writer's time zone) fails
 * here first. Each is another year, the last day of a month in UTC (the
 * calendar the core keeps), in a time zone where the local date is not the
 * UTC date; libfaketime moves the clock of every process, the `trellis`
 * processes the CLI tests start included. Two zones, because each catches
 * one half of the usual mistake: east of UTC, a date made in local time and
 * read in UTC (`new Date(y, m, d).toISOString()`) lands on the day before;
 * west of UTC, a date made in UTC and read in local time
 * (`new Date('2031-02-28').getDate()`) does.
 */
const movedClocks = [
  // 31 December 2031 11:00 UTC: the year's last day in UTC, already 1 January 2032 locally (UTC+14).
  { zone: 'Pacific/Kiritimati', local: '2032-01-01 01:00:00', utc: '2031-12-31T11:00' },
  // 28 February 2031 09:00 UTC: the short month's last day in UTC, still the 27th locally (UTC−11).
  { zone: 'Pacific/Pago_Pago', local: '2031-02-27 22:00:00', utc: '2031-02-28T09:00' },
];

function envAt(clock) {
  return { ...process.env, TZ: clock.zone };
}

// faketime cannot move the clock everywhere (not where LD_PRELOAD is ignored): check before any step runs.
for (const clock of movedClocks) {
  const printNow = 'process.stdout.write(new Date().toISOString())';
  const seen = spawnSync('faketime', [clock.local, process.execPath, '-e', printNow], {
    env: envAt(clock),
    encoding: 'utf8',
  }).stdout;
  if (!seen?.startsWith(clock.utc)) {
    console.error(`faketime did not move the clock to ${clock.utc} UTC here (Node saw ${seen || 'nothing'}).`);
    process.exit(1);
  }
}

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };

function run(title, command, args, env = process.env) {
  console.log(`\n── ${title} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
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

/** Runs one vitest project and adds its counts to the totals; `clock` runs it under faketime. */
function vitest(project, clock) {
  const name = clock ? `${project}-${clock.zone.replace(/\W/g, '-')}` : project;
  const report = `test-results/vitest-${name}.json`;
  rmSync(report, { force: true });
  const args = [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ];
  const status = clock
    ? run(
        `${project} tests, clock moved to ${clock.utc} UTC (${clock.local} in ${clock.zone})`,
        'faketime',
        [clock.local, 'npx', ...args],
        envAt(clock),
      )
    : run(`${project} tests`, 'npx', args);
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
for (const clock of movedClocks) vitest('node', clock);
step('Build', 'npx', ['electron-vite', 'build']);
vitest('browser');
finish(0);
