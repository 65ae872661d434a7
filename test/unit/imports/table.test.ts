import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../electron/core/spreadsheets/limits';
import { openSpreadsheet } from '../../../electron/core/spreadsheets/read';
import { openTable, type DataRow } from '../../../electron/core/spreadsheets/table';
import { fixture, scratch, writeWorkbook } from './helpers/files';

async function table(path: string, sheet?: string) {
  const source = await openSpreadsheet(path, defaultLimits);
  const opened = await openTable(source, sheet ?? source.sheets[0]!.name, { sampleSize: 5 });
  const rows: DataRow[] = [];
  for await (const row of opened.rows) rows.push(row);
  await source.close();
  return { ...opened, rows };
}

describe('finding the table in a sheet', () => {
  let files: ReturnType<typeof scratch>;
  beforeEach(() => {
    files = scratch();
  });
  afterEach(() => files.remove());

  it('finds the roster header past a merged title and a blank row; skips and reports blank and total rows', async () => {
    const { layout, rows, skipped } = await table(fixture('faculty-roster.xlsx'));
    expect(layout).toMatchObject({ headerRow: 3, labelRow: null, importIdRow: null, titleRows: [1] });
    expect(layout.columns.map((c) => c.header)).toEqual([
      'Employee ID',
      'Last Name',
      'First Name',
      'Email Address',
      'Department',
      'Division',
      'Academic Rank',
      'Line / Track',
      'Appointment Start',
      'FTE',
      'Notes',
    ]);
    expect(rows).toHaveLength(301);
    expect(rows[0]!.number).toBe(4);
    expect(skipped).toMatchObject({ blank: [305], blankCount: 1, summary: [306], summaryCount: 1 });
  });

  it('recognises Qualtrics question-text and ImportId rows and never reads them as answers', async () => {
    const { layout, rows } = await table(fixture('survey-qualtrics.xlsx'));
    expect(layout).toMatchObject({ headerRow: 1, labelRow: 2, importIdRow: 3 });
    const q1 = layout.columns.find((c) => c.header === 'Q1')!;
    expect(q1).toMatchObject({ label: 'Do you currently have at least one mentor?', importId: 'QID1' });
    expect(rows[0]!.number).toBe(4);
    expect(rows.some((r) => r.cells.some((c) => typeof c === 'string' && c.includes('ImportId')))).toBe(false);
    expect(rows).toHaveLength(161);
  });

  it('handles several title rows, titles copied across a merge, blank rows and gaps, and repeated headings', async () => {
    const path = await writeWorkbook(
      files.path('titled.xlsx'),
      [
        ['Faculty Survey Export', 'Faculty Survey Export', 'Faculty Survey Export'],
        ['Generated 2026-10-01'],
        [],
        ['Name', 'Comment', 'Comment'],
        ['Ada', 'one', 'two'],
        [],
        [],
        ['Ben', 'three', 'four'],
        ['Count', 2],
        [],
      ],
      { merge: 'A1:C1' },
    );
    const { layout, rows, skipped } = await table(path);
    expect(layout.headerRow).toBe(4);
    expect(layout.titleRows).toEqual([1, 2]);
    expect(layout.columns.map((c) => c.key)).toEqual(['Name', 'Comment', 'Comment (2)']);
    expect(rows.map((r) => r.number)).toEqual([5, 8]);
    expect(skipped).toMatchObject({ blank: [6, 7], summary: [9] });
  });

  it('groups REDCap checkbox columns by stem, raw (field___code) and labelled (choice=…)', async () => {
    const raw = files.write(
      'redcap.csv',
      'record_id,topics___1,topics___2,topics___3,comments\n1,1,0,1,hi\n2,0,0,0,\n',
    );
    const { layout } = await table(raw);
    expect(layout.columns.map((c) => [c.key, c.indexes, c.checkbox?.codes ?? null])).toEqual([
      ['record_id', [0], null],
      ['topics', [1, 2, 3], ['1', '2', '3']],
      ['comments', [4], null],
    ]);
    const labelled = files.write(
      'labels.csv',
      'Record ID,Topics? (choice=Trauma),Topics? (choice=Addictions)\n1,Checked,Unchecked\n',
    );
    expect((await table(labelled)).layout.columns[1]).toMatchObject({
      key: 'Topics?',
      checkbox: { codes: ['Trauma', 'Addictions'] },
    });
  });

  it('explains a sheet with no header row', async () => {
    const path = files.write('numbers.csv', '1\n2\n3\n');
    await expect(table(path)).rejects.toMatchObject({ code: 'FILE_NO_HEADER' });
  });
});
