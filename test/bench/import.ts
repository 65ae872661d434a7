/**
 * Import benchmark: `npx tsx test/bench/import.ts [rows]`.
 *
 * Generates a survey workbook (50,000 rows by default, 46 columns, written as
 * Excel writes it: the sheet before its shared strings), a directory of 2,000
 * faculty and the survey's definition in a fresh encrypted database, then
 * runs two measurements, each in a fresh process:
 *   - exceljs's streaming reader alone reading every row of the file;
 *   - the full import: preview (read, map, match, check) and commit.
 * Both run as plain Node on this script bundled the way the app bundles its
 * core (Vite, dependencies left in node_modules), not under tsx, whose loader
 * thread and on-the-fly compiling would be measured too.
 * Prints the ratio of the two times and each process's peak memory (RSS
 * high-water mark), never a bare time. Targets: ratio ≤ 1.5, peak ≤ 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { createCore } from '../../electron/core/core';
import { fastKdf, testPassphrase } from '../support/tempCore';

const scale = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const frequencies = [
  'Weekly',
  'Every 2-3 weeks',
  'Monthly',
  'Quarterly',
  'Twice a year',
  'Once a year or less',
  'We have not met',
];
const topics = [
  'Integrated care',
  'Serious mental illness',
  'Addictions',
  'Trauma',
  'Teaching, research, and service',
  'Preparing for promotion',
  'New leadership roles',
  'Work-life integration',
];
const words =
  'mentor meeting research grant promotion teaching clinic time support department writing feedback goals network sponsor family career leadership'.split(
    ' ',
  );
const faculty = 2000;

interface QuestionSpec {
  text: string;
  type: 'likert' | 'single' | 'multiple' | 'number' | 'text';
  options?: string[];
}

const questions: QuestionSpec[] = [
  { text: 'Do you currently have at least one mentor?', type: 'single', options: ['Yes', 'No'] },
  { text: 'Would you like to change mentors this year?', type: 'single', options: ['Yes', 'No', 'Unsure'] },
  { text: 'How often do you meet with your primary mentor?', type: 'single', options: frequencies },
  {
    text: 'Which peer mentoring group topics interest you? (select all that apply)',
    type: 'multiple',
    options: topics,
  },
  ...Array.from({ length: 22 }, (_, i) => ({
    text: `Statement ${i + 1}: my mentoring supports area ${i + 1}.`,
    type: 'likert' as const,
    options: scale,
  })),
  ...Array.from({ length: 3 }, (_, i) => ({
    text: `Which resources did you use in area ${i + 1}? (select all that apply)`,
    type: 'multiple' as const,
    options: topics,
  })),
  ...Array.from({ length: 3 }, (_, i) => ({
    text: `Is mentoring in area ${i + 1} available in your department?`,
    type: 'single' as const,
    options: ['Yes', 'No', 'Not sure'],
  })),
  ...Array.from({ length: 4 }, (_, i) => ({
    text: `How many hours per month on activity ${i + 1}?`,
    type: 'number' as const,
  })),
  { text: 'Please describe what helped most.', type: 'text' },
  { text: 'Any confidential comments for the Vice Chair for Faculty Development?', type: 'text' },
];
const metadata = [
  'ResponseId',
  'StartDate',
  'EndDate',
  'Progress',
  'Finished',
  'RecipientEmail',
  'RecipientFirstName',
  'RecipientLastName',
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

async function generate(path: string, rows: number): Promise<void> {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Responses');
  sheet.addRow([...metadata, ...questions.map((q) => q.text)]).commit();
  const start = Date.UTC(2026, 9, 1);
  for (let r = 0; r < rows; r++) {
    // The first rows come from faculty in the directory; the rest are anonymous, as open surveys are.
    const person = r < faculty ? r : null;
    const started = new Date(start + Math.floor(next() * 28 * 86_400_000));
    const answers = questions.map((q) => {
      if (next() < 0.05) return null;
      switch (q.type) {
        case 'single':
        case 'likert':
          return pick(q.options!);
        case 'multiple':
          return q.options!.filter(() => next() < 0.3).join(',') || null;
        case 'number':
          return Math.floor(next() * 20);
        case 'text':
          return next() < 0.4 ? Array.from({ length: 8 + Math.floor(next() * 20) }, () => pick(words)).join(' ') : null;
      }
    });
    const who =
      person === null ? [null, null, null] : [`person${person}@med.example.edu`, `First${person}`, `Last${person}`];
    const row = sheet.addRow([
      `R_${r.toString(36).padStart(10, '0')}`,
      started,
      new Date(started.getTime() + 420_000),
      100,
      'True',
      ...who,
      ...answers,
    ]);
    row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm:ss';
    row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm:ss';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function prepareDatabase(dir: string): Promise<{ databasePath: string; surveyId: number }> {
  const databasePath = join(dir, 'trellis.db');
  const core = createCore({ databasePath, actor: 'bench', kdfCost: fastKdf });
  await core.call('vault.create', { passphrase: testPassphrase });
  const rosterPath = join(dir, 'roster.xlsx');
  const roster = new ExcelJS.Workbook();
  const sheet = roster.addWorksheet('Roster');
  sheet.addRow(['Employee ID', 'First Name', 'Last Name', 'Email', 'Department', 'Rank']);
  for (let i = 0; i < faculty; i++)
    sheet.addRow([
      `E${i}`,
      `First${i}`,
      `Last${i}`,
      `person${i}@med.example.edu`,
      `Department ${i % 40}`,
      ['Instructor', 'Assistant Professor', 'Associate Professor', 'Professor'][i % 4],
    ]);
  await roster.xlsx.writeFile(rosterPath);
  const preview = await core.call('imports.preview', { path: rosterPath, kind: 'roster' });
  await core.call('imports.commit', { previewId: preview.previewId });
  const survey = await core.call('surveys.create', {
    name: 'Annual Mentoring Survey',
    year: 2026,
    kind: 'annual',
    questions: questions.map((q) => ({ ...q, options: q.options ?? [] })),
  });
  await core.close();
  return { databasePath, surveyId: survey.id };
}

async function readOnly(path: string): Promise<number> {
  const began = performance.now();
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {});
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      if (row.values) rows++;
    }
  }
  console.error(`  exceljs read ${rows} rows`);
  return performance.now() - began;
}

async function fullImport(path: string, databasePath: string, surveyId: number): Promise<number> {
  const core = createCore({ databasePath, actor: 'bench', kdfCost: fastKdf });
  await core.call('vault.unlock', { passphrase: testPassphrase });
  const began = performance.now();
  const preview = await core.call('imports.preview', { path, kind: 'survey', surveyId });
  const previewed = performance.now();
  const result = await core.call('imports.commit', { previewId: preview.previewId });
  const ms = performance.now() - began;
  console.error(
    `  preview ${Math.round(((previewed - began) / ms) * 100)}% of the import's time, commit the rest: ${result.inserted} responses, ${result.matched.byEmail} matched by email, ${result.errorCount} errors, ${preview.mapping.filter((m) => m.target.startsWith('question:')).length} questions mapped`,
  );
  await core.close();
  return ms;
}

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, '../../test-results/bench/import-bench.mjs');
const sheetWorkerSource = join(here, '../../electron/core/spreadsheets/xlsx/sheetWorker.ts');

/** This script as the app ships its core: bundled, run by plain Node. */
async function bundleThisScript(): Promise<void> {
  // Imported here, so the measured processes never load Vite.
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      // The spreadsheet reader's worker is built beside the script, as the app builds it beside its main bundle.
      ssr: true,
      outDir: dirname(bundle),
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: {
        input: { [basename(bundle, '.mjs')]: fileURLToPath(import.meta.url), sheetWorker: sheetWorkerSource },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'sheetWorker' ? 'sheetWorker.js' : basename(bundle)),
          format: 'es',
        },
      },
    },
  });
}

/** Runs one measurement in a fresh process, so each peak memory is its own. */
function measure(phase: string, args: string[]): { ms: number; peakMB: number } {
  const run = spawnSync(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []),
      bundle,
      `--phase=${phase}`,
      ...args,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`${phase} failed`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as { ms: number; peakMB: number };
}

async function child(phase: string, args: string[]): Promise<void> {
  const ms = phase === 'read' ? await readOnly(args[0]!) : await fullImport(args[0]!, args[1]!, Number(args[2]));
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, peakMB }));
}

async function main(): Promise<void> {
  const phase = process.argv.find((a) => a.startsWith('--phase='))?.slice(8);
  const rest = process.argv.slice(2).filter((a) => !a.startsWith('--phase='));
  if (phase) return child(phase, rest);
  const rows = Number(rest[0] ?? 50_000);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  const keep = process.env.BENCH_KEEP;
  try {
    const path = join(dir, 'survey.xlsx');
    console.log(
      `Generating a ${rows.toLocaleString('en-US')}-row, ${metadata.length + questions.length}-column survey workbook…`,
    );
    await generate(path, rows);
    console.log(`  ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`);
    const { databasePath, surveyId } = await prepareDatabase(dir);
    await bundleThisScript();
    // Alternate the two (three times each by default) and take the median ratio: a shared machine is noisy.
    const reads: { ms: number; peakMB: number }[] = [];
    const imports: { ms: number; peakMB: number }[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`run ${run}: exceljs streaming reader alone…`);
      reads.push(measure('read', [path]));
      console.log(`run ${run}: full import (preview + commit) into a fresh copy of the database…`);
      const copy = join(dir, `run${run}.db`);
      copyFileSync(databasePath, copy);
      copyFileSync(`${databasePath}.keys`, `${copy}.keys`);
      imports.push(measure('import', [path, copy, String(surveyId)]));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratios = imports.map((run, i) => run.ms / reads[i]!.ms);
    const readPeak = Math.max(...reads.map((r) => r.peakMB));
    const importPeak = Math.max(...imports.map((r) => r.peakMB));
    console.log('');
    if (runs > 1) console.log(`ratio per run:      ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
    console.log(`ratio:              ${median(ratios).toFixed(2)} (full import ÷ exceljs read alone; target ≤ 1.5)`);
    console.log(`peak memory:        ${importPeak.toFixed(0)} MB (full import; target ≤ 300 MB)`);
    console.log(`exceljs read alone: ${readPeak.toFixed(0)} MB peak`);
  } finally {
    if (keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
