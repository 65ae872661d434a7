import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { type ErrorCode, TrellisError } from '../../../common/errors';
import type { RawRow } from '../cells';
import type { SpreadsheetLimits } from '../limits';
import type { ReadOptions } from './workbook';

/**
 * Why a worker: exceljs builds a heavy object for every row and cell it
 * parses. Read in the app's own thread, that garbage piles up in the main
 * heap (a 50,000-row survey took the process past 330 MB, for 70 MB of rows
 * actually kept) and the parsing competes with the window's requests. In a
 * worker the parsing runs beside the matching and checking, and its heap has
 * its own limit, so V8 collects it early; a file that would need more is
 * refused (FILE_TOO_LARGE) instead of swelling the app.
 */
export interface SheetJob {
  path: string;
  size: number;
  limits: SpreadsheetLimits;
  sheet: string;
  /** Old-generation limit of the worker's heap, sized from the workbook's shared strings. */
  heapMb: number;
}

export type WorkerMessage =
  | { type: 'rows'; rows: RawRow[] }
  | { type: 'progress'; fraction: number }
  | { type: 'done' }
  | { type: 'error'; code: string; message: string };

type Event = WorkerMessage | { type: 'failed'; error: TrellisError };

let script: URL | null | undefined;

/**
 * The worker's entry: compiled next to the main bundle in the app, or the
 * TypeScript source through tsx when running from a checkout. Null where
 * neither exists (a bundle that left the worker out): then rows are read in
 * the calling thread.
 */
export function sheetWorkerScript(): URL | null {
  if (script !== undefined) return script;
  const base = import.meta.url;
  script = null;
  // Beside this module, or one folder up when a bundler put this module in a chunk folder.
  for (const name of ['sheetWorker.js', '../sheetWorker.js', 'sheetWorker.dev.mjs']) {
    const candidate = new URL(name, base);
    if (existsSync(candidate)) {
      script = candidate;
      break;
    }
  }
  return script;
}

const youngGenerationMb = 32;

export async function* readSheetInWorker(
  scriptUrl: URL,
  job: SheetJob,
  options: ReadOptions,
): AsyncGenerator<RawRow[]> {
  const worker = new Worker(scriptUrl, {
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: job.heapMb, maxYoungGenerationSizeMb: youngGenerationMb },
    // The worker needs none of the parent's flags (a test runner's, a debugger's).
    execArgv: [],
    stdout: false,
    stderr: false,
  });
  const events: Event[] = [];
  let wake: (() => void) | null = null;
  const push = (event: Event) => {
    events.push(event);
    wake?.();
    wake = null;
  };
  worker.on('message', (message: WorkerMessage) => push(message));
  worker.on('error', (error: Error & { code?: string }) => push({ type: 'failed', error: workerFailure(error) }));
  worker.on('exit', () => push({ type: 'failed', error: readerStopped() }));
  try {
    for (;;) {
      if (options.signal?.aborted)
        throw new TrellisError('IMPORT_CANCELLED', 'The import was cancelled. Nothing was changed.');
      if (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const event = events.shift()!;
      switch (event.type) {
        case 'rows':
          worker.postMessage('more');
          yield event.rows;
          break;
        case 'progress':
          options.onProgress?.(event.fraction);
          break;
        case 'done':
          return;
        case 'error':
          throw new TrellisError(event.code as ErrorCode, event.message);
        case 'failed':
          throw event.error;
      }
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}

function workerFailure(error: Error & { code?: string }): TrellisError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return new TrellisError(
      'FILE_TOO_LARGE',
      'This sheet needs more memory to read than Trellis allows for one file. Split it into smaller files, or remove columns you do not import.',
    );
  return readerStopped();
}

const readerStopped = () =>
  new TrellisError('INTERNAL', 'The spreadsheet reader stopped unexpectedly. Try the import again.');
