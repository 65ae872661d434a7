import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, writeWorkbook } from './helpers/files';
import { useImportsCore } from './helpers/importsCore';

describe('roster import: sheets, headings and mappings', () => {
  const imports = useImportsCore();
  const { call } = imports;

  it('inspects a file: sheets, header row and suggested mapping', async () => {
    const result = await call('imports.inspect', { path: fixture('faculty-roster.xlsx'), kind: 'roster' });
    expect(result.file).toMatchObject({
      format: 'xlsx',
      sheet: 'Faculty Roster',
      sheets: [{ name: 'Faculty Roster', hidden: false }],
    });
    expect(result.noTable).toBeNull();
    expect(result.layout).toMatchObject({ headerRow: 3, titleRows: [1] });
    expect(result.columns[0]).toMatchObject({
      key: 'Employee ID',
      letter: 'A',
      samples: ['E0100000', 'E0100007', 'E0100014'],
    });
    expect(result.mapping?.find((m) => m.key === 'Academic Rank')).toMatchObject({
      target: 'rank',
      source: 'suggested',
    });
  });

  it('inspects a workbook whose first sheet has no table: lists the sheets, says so, and reads the one picked', async () => {
    const path = imports.files.path('hr export.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRows([['This export was made by HR.'], ['Do not edit.']]);
    workbook.addWorksheet('Blank');
    workbook.addWorksheet('Faculty').addRows([
      ['Name', 'Email', 'Department', 'Rank'],
      ['Katherine Johnson', 'katherine.johnson@example.edu', 'Medicine', 'Professor'],
    ]);
    await workbook.xlsx.writeFile(path);

    const first = await call('imports.inspect', { path, kind: 'roster' });
    expect(first.file.sheet).toBe('Read me');
    expect(first.file.sheets.map((s) => s.name)).toEqual(['Read me', 'Blank', 'Faculty']);
    expect(first.noTable).toMatch(/could not find a row of column headings/);
    expect(first).toMatchObject({ layout: null, columns: [], mapping: null, fingerprint: null });

    const blank = await call('imports.inspect', { path, sheet: 'Blank', kind: 'roster' });
    expect(blank.noTable).toBe('This sheet is empty.');

    const picked = await call('imports.inspect', { path, sheet: 'Faculty', kind: 'roster' });
    expect(picked.noTable).toBeNull();
    expect(picked.layout).toMatchObject({ headerRow: 1 });
    expect(picked.columns.map((c) => c.key)).toEqual(['Name', 'Email', 'Department', 'Rank']);
    expect(picked.mapping?.find((m) => m.key === 'Email')?.target).toBe('email');
    // Previewing still refuses a sheet without a table, with the same plain words.
    await expect(call('imports.preview', { path, kind: 'roster' })).rejects.toMatchObject({ code: 'FILE_NO_HEADER' });
  });

  it('applies value maps and saved templates, and remembers mappings by the layout of the headers', async () => {
    const path = await writeWorkbook(imports.files.path('custom.xlsx'), [
      ['Person', 'Mail', 'Unit', 'Level', 'Tags'],
      ['Ada Okafor', 'ada@x.edu', 'Medicine', 'Rank 2', 'teaching; equity'],
    ]);
    const mapping = { Person: 'name', Mail: 'email', Unit: 'department', Level: 'rank', Tags: 'interests' };
    const template = await call('imports.templates.save', {
      name: 'Dean’s office export',
      kind: 'roster',
      mapping,
      valueMaps: { Level: { 'Rank 2': 'Assistant Professor' } },
    });
    const preview = await call('imports.preview', { path, kind: 'roster', templateId: template.id });
    expect(preview.mapping.map((m) => [m.key, m.target, m.source])).toEqual([
      ['Person', 'name', 'template'],
      ['Mail', 'email', 'template'],
      ['Unit', 'department', 'template'],
      ['Level', 'rank', 'template'],
      ['Tags', 'interests', 'template'],
    ]);
    expect(preview.summary).toMatchObject({ inserted: 1, errorCount: 0 });
    await call('imports.commit', { previewId: preview.previewId });
    expect((await call('faculty.list', {})).rows[0]).toMatchObject({
      rank: 'Assistant Professor',
      interests: ['teaching', 'equity'],
    });

    // Next time, no template: the layout is remembered, value map included.
    const next = await call('imports.preview', { path, kind: 'roster' });
    expect(next.mapping.find((m) => m.key === 'Level')).toMatchObject({ target: 'rank', source: 'remembered' });
    expect(next.summary).toMatchObject({ unchanged: 1, errorCount: 0 });
    // The user can change any suggestion.
    const overridden = await call('imports.preview', {
      path,
      kind: 'roster',
      mapping: { Tags: 'ignore', Unit: 'division' },
    });
    expect(overridden.mapping.find((m) => m.key === 'Unit')).toMatchObject({ target: 'division', source: 'user' });
    await expect(call('imports.preview', { path, kind: 'roster', mapping: { Nope: 'email' } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(
      call('imports.preview', { path, kind: 'roster', mapping: { Mail: 'email', Person: 'email' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await call('imports.templates.list', { kind: 'roster' })).map((t) => t.name)).toEqual([
      'Dean’s office export',
    ]);
    await call('imports.templates.delete', { id: template.id });
    expect(await call('imports.templates.list', {})).toEqual([]);
  });
});
