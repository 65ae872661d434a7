import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../../../electron/core/spreadsheets/cells';
import { defaultLimits } from '../../../electron/core/spreadsheets/limits';
import { openSpreadsheet } from '../../../electron/core/spreadsheets/read';
import { readSheetInWorker } from '../../../electron/core/spreadsheets/xlsx/sheetInWorker';

/**
 * The app reads .xlsx sheets in a worker whose script electron-vite builds
 * beside the main bundle. This runs after that build (like every browser
 * test) and checks the built script itself, not the TypeScript source.
 */
const outMain = join(__dirname, '../../../out/main');
const roster = join(__dirname, '../../../../shared/fixtures/faculty-roster.xlsx');

describe('the built app’s spreadsheet reader worker', () => {
  it('sits beside the main bundle, where the core looks for it, and reads a workbook', async () => {
    const script = join(outMain, 'sheetWorker.js');
    expect(existsSync(script)).toBe(true);
    const source = await openSpreadsheet(roster, defaultLimits);
    await source.close();
    const job = { path: roster, size: source.size, limits: defaultLimits, sheet: source.sheets[0]!.name, heapMb: 128 };
    const rows: RawRow[] = [];
    for await (const batch of readSheetInWorker(pathToFileURL(script), job, {})) rows.push(...batch);
    expect(rows.find((r) => r.cells[0] === 'E0100000')!.cells[10]).toBe('On leave until Jan');
    expect(rows.find((r) => r.cells[0] === 'Total')!.cells[1]).toBe(301);
  });
});
