import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RawRow } from '../../../electron/core/spreadsheets/cells';
import { defaultLimits } from '../../../electron/core/spreadsheets/limits';
import { openSpreadsheet, type ReadOptions } from '../../../electron/core/spreadsheets/read';
import { readSheetInWorker, sheetWorkerScript } from '../../../electron/core/spreadsheets/xlsx/sheetInWorker';
import { fixture, scratch, writeWorkbook } from './helpers/files';

async function rowsOf(path: string, options: ReadOptions = {}): Promise<RawRow[]> {
  const source = await openSpreadsheet(path, defaultLimits);
  try {
    const rows: RawRow[] = [];
    for await (const batch of source.batches(source.sheets[0]!.name, options)) rows.push(...batch);
    return rows;
  } finally {
    await source.close();
  }
}

describe('reading an .xlsx sheet in a worker thread', () => {
  let files: ReturnType<typeof scratch>;
  beforeEach(() => (files = scratch()));
  afterEach(() => files.remove());

  it('gives exactly the rows the same reading gives in this thread: dates, formulas and totals included', async () => {
    expect(sheetWorkerScript()).not.toBeNull();
    for (const name of ['faculty-roster.xlsx', 'survey-qualtrics.xlsx']) {
      const inWorker = await rowsOf(fixture(name));
      const here = await rowsOf(fixture(name), { inThisThread: true });
      expect(inWorker.length).toBeGreaterThan(10);
      expect(inWorker).toEqual(here);
    }
    const roster = await rowsOf(fixture('faculty-roster.xlsx'));
    // Dates cross from the worker as dates, totals keep their mark.
    expect(roster.find((r) => r.cells[0] === 'E0100000')!.cells[8]).toBeInstanceOf(Date);
    expect(roster.find((r) => r.cells[0] === 'Total')!.aggregate).toBe(true);
  });

  it('reports progress and stops when cancelled, with the plain cancellation message', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => [`R${i}`, `person${i}@example.edu`, i % 5, 'Agree']);
    const path = await writeWorkbook(files.path('long.xlsx'), [['Id', 'Email', 'Score', 'Answer'], ...rows]);
    const fractions: number[] = [];
    expect(await rowsOf(path, { onProgress: (f) => fractions.push(f) })).toHaveLength(6001);
    expect(fractions.at(-1)).toBe(1);

    const controller = new AbortController();
    const source = await openSpreadsheet(path, defaultLimits);
    let seen = 0;
    const reading = (async () => {
      for await (const batch of source.batches(source.sheets[0]!.name, { signal: controller.signal })) {
        seen += batch.length;
        controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({
      code: 'IMPORT_CANCELLED',
      message: 'The import was cancelled. Nothing was changed.',
    });
    expect(seen).toBeLessThan(6001);
    await source.close();
  });

  it('a sheet that needs more memory than the reader may use is refused as too large, and the app goes on', async () => {
    // 4,000 different long answers (random letters, so they do not compress like a zip bomb): some 4 MB of shared strings, kept for the whole read.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
    const answers = Array.from({ length: 4000 }, () => [Array.from({ length: 1000 }, letter).join('')]);
    const path = await writeWorkbook(files.path('wordy.xlsx'), [['Comment'], ...answers]);
    const source = await openSpreadsheet(path, defaultLimits);
    await source.close();
    const reading = async () => {
      const rows: RawRow[] = [];
      const job = { path, size: source.size, limits: defaultLimits, sheet: source.sheets[0]!.name, heapMb: 4 };
      for await (const batch of readSheetInWorker(sheetWorkerScript()!, job, {})) rows.push(...batch);
      return rows;
    };
    await expect(reading()).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    // With the room the reader normally gives it, the same file reads.
    expect(await rowsOf(path)).toHaveLength(4001);
  });
});
