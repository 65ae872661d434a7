import { describe, expect, it } from 'vitest';
import { count, database } from './helpers/core';
import { fixture } from './helpers/files';
import { importRosterFixture, useImportsCore } from './helpers/importsCore';

describe('roster import: preview and commit', () => {
  const imports = useImportsCore();
  const { call } = imports;

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
    expect(await count(imports.temp, 'faculty')).toBe(0);
    expect(await count(imports.temp, 'import_batches')).toBe(0);

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
    expect(await count(imports.temp, 'faculty')).toBe(300);

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
    const audit = await database(imports.temp)
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'imports.commit')
      .execute();
    expect(audit.map((a) => [a.record_type, a.record_id])).toEqual([['import_batch', String(result.batchId)]]);
  });

  it('recognises the same file by its hash, warns, and adds no one twice', async () => {
    const first = await importRosterFixture(call);
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
    expect(await count(imports.temp, 'faculty')).toBe(300);
  });
});
