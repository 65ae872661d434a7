/**
 * Worker thread entry: reads one sheet of an .xlsx and posts its rows to the
 * parent in batches, never more than a few batches ahead of what the parent
 * has taken (see sheetInWorker.ts for why the reading happens here).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawRow } from '../cells';
import type { SheetJob, WorkerMessage } from './sheetInWorker';
import { asReadError, openXlsx } from './workbook';

const job = workerData as SheetJob;
const port = parentPort!;
const rowsPerMessage = 500;
/** Batches the parent may hold unread; it sends one credit back per batch it takes. */
let credits = 2;
let creditArrived: (() => void) | null = null;
port.on('message', () => {
  credits++;
  creditArrived?.();
  creditArrived = null;
});

const post = (message: WorkerMessage) => port.postMessage(message);

async function send(rows: RawRow[]): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (creditArrived = resolve));
  credits--;
  post({ type: 'rows', rows });
}

async function run(): Promise<void> {
  const workbook = await openXlsx(job.path, job.size, job.limits);
  try {
    let pending: RawRow[] = [];
    const batches = workbook.batches(job.sheet, {
      inThisThread: true,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    for await (const rows of batches) {
      for (const row of rows) pending.push(row);
      if (pending.length >= rowsPerMessage) {
        await send(pending);
        pending = [];
      }
    }
    if (pending.length > 0) await send(pending);
    post({ type: 'done' });
  } finally {
    await workbook.close();
  }
}

run().catch((error: unknown) => {
  const failure = asReadError(error) as { code: string; message: string };
  post({ type: 'error', code: failure.code, message: failure.message });
});
