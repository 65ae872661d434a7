import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { count } from './helpers/core';
import { writeWorkbook } from './helpers/files';
import { useImportsCore } from './helpers/importsCore';

describe('roster import: rows and files it refuses', () => {
  const imports = useImportsCore();
  const { call } = imports;

  it('reports errors per row and column with the rejected value, and exports rejected rows with a reason, formulas escaped', async () => {
    const path = await writeWorkbook(imports.files.path('bad.xlsx'), [
      ['Employee ID', 'Name', 'Email', 'Department', 'Rank'],
      ['E1', 'Ada Okafor', 'ada@x.edu', 'Medicine', 'Visiting Scholar'],
      ['E2', '=cmd|calc', 'not-an-email', 'Medicine', 'Professor'],
      ['E3', 'Ben Cho', 'ben@x.edu', '', 'Professor'],
      ['E4', 'Cara Diaz', 'cara@x.edu', 'Pediatrics', 'Instructor'],
    ]);
    const preview = await call('imports.preview', { path, kind: 'roster' });
    expect(preview.summary).toMatchObject({ inserted: 1, skipped: 3, errorCount: 3 });
    expect(preview.summary.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Rank',
        code: 'UNKNOWN_RANK',
        value: 'Visiting Scholar',
        severity: 'error',
      }),
      expect.objectContaining({
        row: 3,
        column: 'Email',
        code: 'INVALID_FIELD',
        value: 'not-an-email',
        message: 'Enter an email address like name@university.edu.',
      }),
      expect.objectContaining({
        row: 4,
        column: 'Department',
        code: 'INVALID_FIELD',
        message: 'Enter the department.',
      }),
    ]);
    const out = imports.files.path('rejected.xlsx');
    expect(await call('imports.rejectedRows', { previewId: preview.previewId, path: out })).toEqual({
      path: out,
      rows: 3,
    });
    const result = await call('imports.commit', { previewId: preview.previewId });
    const fromBatch = imports.files.path('rejected-batch.xlsx');
    expect((await call('imports.rejectedRows', { batchId: result.batchId, path: fromBatch })).rows).toBe(3);
    for (const file of [out, fromBatch]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const rows = workbook.worksheets[0]!.getSheetValues().slice(1) as unknown[][];
      expect(rows[0]!.slice(1)).toEqual(['Row', 'Reason', 'Employee ID', 'Name', 'Email', 'Department', 'Rank']);
      expect(rows[1]!.slice(1, 3)).toEqual([2, expect.stringMatching(/Visiting Scholar/)]);
      expect(rows[2]![4]).toBe("'=cmd|calc");
      expect(rows.length).toBe(4);
    }
  });

  it('refuses unreadable files with their code and changes nothing', async () => {
    const ole2 = imports.files.write(
      'locked.xlsx',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
    );
    await expect(call('imports.preview', { path: ole2, kind: 'roster' })).rejects.toMatchObject({
      code: 'FILE_PASSWORD_PROTECTED',
    });
    await expect(call('imports.inspect', { path: imports.files.path('none.csv') })).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
    expect(await count(imports.temp, 'import_batches')).toBe(0);
  });
});
