import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../electron/core/imports/contract';
import { createTempCore, type TempCore } from '../../support/tempCore';
import { count, database } from './helpers/core';
import { fixture, scratch, writeWorkbook } from './helpers/files';

const rosterHeader = [
  'Employee ID',
  'Last Name',
  'First Name',
  'Email Address',
  'Department',
  'Division',
  'Academic Rank',
  'Line / Track',
  'Appointment Start',
];

describe('roster import', () => {
  let temp: TempCore;
  let files: ReturnType<typeof scratch>;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);

  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    files = scratch();
  });
  afterEach(async () => {
    await temp.dispose();
    files.remove();
  });

  async function importFixture() {
    const preview = await call('imports.preview', { path: fixture('faculty-roster.xlsx'), kind: 'roster' });
    return call('imports.commit', { previewId: preview.previewId });
  }

  it('previews the HR roster without writing, then commits it in one batch', async () => {
    const preview = await call('imports.preview', { path: fixture('faculty-roster.xlsx'), kind: 'roster' });
    expect(preview.summary).toMatchObject({
      rows: 301,
      inserted: 300,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      duplicates: 1,
      errorCount: 0,
    });
    expect(preview.skippedRows).toMatchObject({ title: [1], blank: [305], summary: [306] });
    expect(preview.mapping.filter((m) => m.target !== 'ignore').map((m) => m.target)).toEqual([
      'employeeId',
      'lastName',
      'firstName',
      'email',
      'department',
      'division',
      'rank',
      'track',
      'appointmentStart',
    ]);
    // The duplicate (row 304 repeats row 21, its email in capitals) is reported once.
    expect(preview.summary.warnings.filter((w) => w.code === 'DUPLICATE_ROW')).toEqual([
      expect.objectContaining({ row: 304, message: expect.stringMatching(/repeats row 21/) }),
    ]);
    // Text dates whose day and month could swap are flagged with the value.
    expect(preview.summary.warnings).toContainEqual(
      expect.objectContaining({ row: 9, column: 'Appointment Start', code: 'AMBIGUOUS_DATE', value: '07/01/2023' }),
    );
    expect(await count(temp, 'faculty')).toBe(0);
    expect(await count(temp, 'import_batches')).toBe(0);

    const result = await call('imports.commit', { previewId: preview.previewId });
    expect(result).toMatchObject({
      batchId: expect.any(Number),
      rows: 301,
      inserted: 300,
      updated: 0,
      unchanged: 0,
      duplicates: 1,
      matched: { byEmployeeId: 0, byEmail: 0, byName: 0 },
      ambiguous: 0,
      errors: [],
    });
    expect(await count(temp, 'faculty')).toBe(300);

    const people = await call('faculty.list', { limit: 1000, status: 'all' });
    const byEmail = new Map(people.rows.map((p) => [p.email, p]));
    expect(byEmail.get('luis.tanaka@med.example.edu')).toMatchObject({
      name: 'Luis Tanaka',
      rank: 'Associate Professor',
      employeeId: 'E0100056',
    });
    expect(byEmail.get('daniel.suzuki@med.example.edu')!.name).toBe('Daniel Suzuki');
    expect(byEmail.get('james.osuilleabhain@med.example.edu')!.name).toBe('James Ó Súilleabháin');
    expect(byEmail.get('hannah.kowalski@med.example.edu')!.appointmentStart).toBe('2023-07-01');
    expect(people.rows.filter((p) => p.rank === ('Asst. Prof.' as never))).toEqual([]);

    const [batch] = await call('imports.list', {});
    expect(batch).toMatchObject({
      id: result.batchId,
      kind: 'roster',
      fileName: 'faculty-roster.xlsx',
      sha256: preview.file.sha256,
      sheet: 'Faculty Roster',
      actor: 'test-user',
      createdAt: '2026-11-23T12:00:00.000Z',
      undoneAt: null,
      counts: { inserted: 300, duplicates: 1 },
      mapping: { 'Academic Rank': 'rank' },
    });
    const audit = await database(temp)
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'imports.commit')
      .execute();
    expect(audit.map((a) => [a.record_type, a.record_id])).toEqual([['import_batch', String(result.batchId)]]);
  });

  it('recognises the same file by its hash, warns, and adds no one twice', async () => {
    const first = await importFixture();
    const again = await call('imports.preview', { path: fixture('faculty-roster.xlsx'), kind: 'roster' });
    expect(again.previousImport).toMatchObject({ batchId: first.batchId, actor: 'test-user' });
    expect(again.summary.warnings[0]).toMatchObject({ code: 'ALREADY_IMPORTED' });
    const result = await call('imports.commit', { previewId: again.previewId });
    expect(result).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 300,
      matched: { byEmployeeId: 300 },
      previousImport: { batchId: first.batchId },
    });
    expect(await count(temp, 'faculty')).toBe(300);
  });

  it('updates what changed field by field, counts the unchanged, lists who is missing and deactivates only on request', async () => {
    await call('faculty.create', {
      name: 'Ada Okafor',
      email: 'ada@x.edu',
      employeeId: 'E1',
      department: 'Medicine',
      rank: 'Assistant Professor',
      division: 'Cardiology',
    });
    await call('faculty.create', {
      name: 'Ben Cho',
      email: 'ben@x.edu',
      employeeId: 'E2',
      department: 'Surgery',
      rank: 'Professor',
    });
    await call('faculty.create', {
      name: 'Cara Diaz',
      email: 'cara@x.edu',
      employeeId: 'E3',
      department: 'Pediatrics',
      rank: 'Instructor',
    });
    const path = await writeWorkbook(files.path('roster-2027.xlsx'), [
      rosterHeader,
      ['E1', 'Okafor', 'Ada', 'ADA@x.edu', 'Medicine', '', 'Assoc. Prof.', 'Clinician Educator', ''],
      ['E2', 'Cho', 'Ben', 'ben@x.edu', 'Surgery', '', 'Professor', '', ''],
      ['E9', 'Ng', 'Dee', 'dee@x.edu', 'Neurology', '', 'Instructor', '', '2026-07-01'],
    ]);
    const preview = await call('imports.preview', { path, kind: 'roster' });
    expect(preview.summary).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, matched: { byEmployeeId: 2 } });
    expect(preview.changes).toEqual([
      {
        row: 2,
        facultyId: 1,
        name: 'Ada Okafor',
        matchedBy: 'employeeId',
        changes: [
          { field: 'rank', from: 'Assistant Professor', to: 'Associate Professor' },
          { field: 'track', from: null, to: 'Clinician Educator' },
          { field: 'careerStage', from: 'early', to: 'mid' },
        ],
      },
    ]);
    expect(preview.missing).toEqual([
      { facultyId: 3, name: 'Cara Diaz', email: 'cara@x.edu', department: 'Pediatrics', rank: 'Instructor' },
    ]);

    const result = await call('imports.commit', { previewId: preview.previewId, decisions: { deactivate: [3] } });
    expect(result).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, deactivated: 1 });
    // A blank cell never erases: Ada keeps her division.
    expect(await call('faculty.get', { id: 1 })).toMatchObject({
      rank: 'Associate Professor',
      division: 'Cardiology',
      track: 'Clinician Educator',
    });
    expect((await call('faculty.get', { id: 3 })).active).toBe(false);
    expect(await count(temp, 'faculty')).toBe(4);

    const undo = await call('imports.undo', { batchId: result.batchId });
    expect(undo).toEqual({ batchId: result.batchId, removed: 1, restored: 1, reactivated: 1 });
    expect(await call('faculty.get', { id: 1 })).toMatchObject({
      rank: 'Assistant Professor',
      track: null,
      careerStage: 'early',
    });
    expect((await call('faculty.get', { id: 3 })).active).toBe(true);
    expect(await count(temp, 'faculty')).toBe(3);
    expect((await call('imports.get', { batchId: result.batchId })).undoneAt).toBe('2026-11-23T12:00:00.000Z');
    await expect(call('imports.undo', { batchId: result.batchId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses to undo over later edits, and changes nothing', async () => {
    const result = await importFixture();
    const person = (await call('faculty.list', { search: 'aisha.anderson' })).rows[0]!;
    await call('faculty.update', { ...person, department: 'Medicine' });
    await expect(call('imports.undo', { batchId: result.batchId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/edited since/),
    });
    expect(await count(temp, 'faculty')).toBe(300);
  });

  it('sends rows naming two people of one name to review: link, create or skip', async () => {
    await call('faculty.create', {
      name: 'Diego Quinn',
      email: 'dq1@x.edu',
      department: 'Neurosurgery',
      rank: 'Professor',
    });
    await call('faculty.create', {
      name: 'Diego Quinn',
      email: 'dq2@x.edu',
      department: 'Anesthesiology',
      rank: 'Instructor',
    });
    const path = await writeWorkbook(files.path('quinn.xlsx'), [
      ['Name', 'Email', 'Department', 'Rank'],
      ['Quinn, Diego', 'diego@gmail.example.com', 'Neurosurgery', 'Professor'],
      ['Diego Quinn', 'dquinn@other.example.com', 'Radiology', 'Assistant Professor'],
      ['Diego  Quinn', 'dq3@other.example.com', 'Radiology', 'Assistant Professor'],
    ]);
    const preview = await call('imports.preview', { path, kind: 'roster' });
    expect(preview.summary).toMatchObject({ ambiguous: 3, inserted: 0, skipped: 3 });
    expect(preview.review[0]).toMatchObject({
      row: 2,
      status: 'ambiguous',
      name: 'Diego Quinn',
      defaultAction: 'skip',
      actions: ['link', 'create', 'skip'],
    });
    expect(preview.review[0]!.candidates.map((c) => c.email)).toEqual(['dq1@x.edu', 'dq2@x.edu']);
    expect(await count(temp, 'faculty')).toBe(2);

    const result = await call('imports.commit', {
      previewId: preview.previewId,
      decisions: {
        rows: [
          { row: 2, action: 'link', facultyId: 1 },
          { row: 3, action: 'create' },
          { row: 4, action: 'skip' },
        ],
      },
    });
    expect(preview.summary.resolvedByHand).toBe(0);
    // The counts say what was decided: nothing is left ambiguous, three rows were settled by hand.
    expect(result).toMatchObject({
      updated: 1,
      inserted: 1,
      skipped: 1,
      ambiguous: 0,
      unmatched: 0,
      resolvedByHand: 3,
    });
    expect((await call('faculty.get', { id: 1 })).email).toBe('diego@gmail.example.com');
    expect((await call('faculty.list', { search: 'dquinn@other' })).total).toBe(1);
  });

  it('reports errors per row and column with the rejected value, and exports rejected rows with a reason, formulas escaped', async () => {
    const path = await writeWorkbook(files.path('bad.xlsx'), [
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
    const out = files.path('rejected.xlsx');
    expect(await call('imports.rejectedRows', { previewId: preview.previewId, path: out })).toEqual({
      path: out,
      rows: 3,
    });
    const result = await call('imports.commit', { previewId: preview.previewId });
    const fromBatch = files.path('rejected-batch.xlsx');
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

  it('applies value maps and saved templates, and remembers mappings by the layout of the headers', async () => {
    const path = await writeWorkbook(files.path('custom.xlsx'), [
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
    const path = files.path('hr export.xlsx');
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

  it('refuses unreadable files with their code and changes nothing', async () => {
    const ole2 = files.write(
      'locked.xlsx',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
    );
    await expect(call('imports.preview', { path: ole2, kind: 'roster' })).rejects.toMatchObject({
      code: 'FILE_PASSWORD_PROTECTED',
    });
    await expect(call('imports.inspect', { path: files.path('none.csv') })).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
    expect(await count(temp, 'import_batches')).toBe(0);
  });

  describe('progress and cancelling', () => {
    async function bigRoster(): Promise<ImportPreview> {
      const rows = [
        rosterHeader,
        ...Array.from({ length: 3000 }, (_, i) => [
          `E${i}`,
          `Last${i}`,
          `First${i}`,
          `p${i}@x.edu`,
          'Medicine',
          '',
          'Professor',
          '',
          '2020-07-01',
        ]),
      ];
      const path = await writeWorkbook(files.path('big.xlsx'), rows);
      return call('imports.preview', { path, kind: 'roster', progressKey: 'preview-1' });
    }

    it('reports progress and, cancelled during the commit, rolls everything back', async () => {
      const preview = await bigRoster();
      expect(await call('imports.progress', { progressKey: 'preview-1' })).toEqual({
        progress: expect.objectContaining({ phase: 'done' }),
      });
      const { sqlite } = temp.core.session.require();
      const pageCache = () => sqlite.pragma('cache_size', { simple: true }) as number;
      const readingCache = pageCache();
      const committing = call('imports.commit', { previewId: preview.previewId, progressKey: 'commit-1' });
      let seen: string | null = null;
      for (let i = 0; i < 1000 && seen !== 'writing'; i++) {
        await new Promise((r) => setImmediate(r));
        seen = (await call('imports.progress', { progressKey: 'commit-1' })).progress?.phase ?? null;
      }
      expect(seen).toBe('writing');
      // While it writes, the import keeps a small page cache (KiB, negative), so its pages do not crowd memory.
      expect(pageCache()).toBe(-8 * 1024);
      expect(readingCache).toBeLessThan(-8 * 1024);
      expect(await call('imports.cancel', { progressKey: 'commit-1' })).toEqual({ cancelled: true });
      await expect(committing).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
      expect(pageCache()).toBe(readingCache);
      expect(await count(temp, 'faculty')).toBe(0);
      expect(await count(temp, 'import_batches')).toBe(0);
      expect(await count(temp, 'audit_log')).toBe(0);
      // The preview is still there: commit again.
      expect((await call('imports.commit', { previewId: preview.previewId })).inserted).toBe(3000);
      expect(pageCache()).toBe(readingCache);
    });

    it('cancelled before it starts, a commit writes nothing', async () => {
      const preview = await bigRoster();
      await call('imports.cancel', { progressKey: 'early' });
      await expect(
        call('imports.commit', { previewId: preview.previewId, progressKey: 'early' }),
      ).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
      expect(await count(temp, 'faculty')).toBe(0);
    });
  });
});
