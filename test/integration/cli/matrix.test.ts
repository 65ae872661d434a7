import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultMatrix from '../../../resources/matrix/default-matrix.json';
import type { MatrixLayout } from '../../../electron/cli/commands/matrix/layout';
import { readPdf } from '../../support/pdfText';
import { createProgram } from '../../support/programs';
import { createTempCore, testPassphrase, tempDir, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

type ColumnKey = keyof (typeof defaultMatrix.roles)[number]['responsibilities'];

/** Text as laid out in a PDF: line breaks and hyphenation points aside. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('trellis matrix', { timeout: 90_000 }, () => {
  let made: TempCore;
  let out: ReturnType<typeof tempDir>;
  let programId: number;
  let doneId: number;
  const run = (args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: out.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });

  beforeAll(async () => {
    out = tempDir('trellis-cli-matrix-');
    made = await createTempCore();
    const { core } = made;
    programId = await createProgram(core, 'Junior Faculty Mentoring');
    const matrix = await core.call('matrix.get', {});
    const dean = matrix.roles.find((r) => r.name === "Department Dean's Office")!;
    await core.call('matrix.setHolder', { programId, roleId: dean.id, officeName: 'Office of the Dean' });
    doneId = matrix.responsibilities.find((r) => r.roleId === dean.id)!.id;
    await core.call('matrix.setStatus', {
      programId,
      responsibilityId: doneId,
      status: 'done',
      statusDate: '2026-10-01',
      note: 'Agreed at the chairs’ meeting',
    });
    await core.close();
  });
  afterAll(async () => {
    await made.dispose();
    out.remove();
  });

  it('show --json reproduces the default matrix cell by cell, empty cells included', async () => {
    const result = await run(['matrix', 'show', '--json']);
    expect(result.code).toBe(0);
    const layout = JSON.parse(result.stdout) as MatrixLayout;
    expect(layout.program).toBeUndefined();
    expect(layout.columns.map((c) => c.heading)).toEqual(defaultMatrix.columns.map((c) => c.heading));
    expect(layout.roles.map((r) => r.name)).toEqual(defaultMatrix.roles.map((r) => r.name));
    expect(layout.roles).toHaveLength(7);
    for (const [i, role] of layout.roles.entries()) {
      const expected = defaultMatrix.roles[i]!;
      expect(role.cells.map((c) => c.columnId)).toEqual(layout.columns.map((c) => c.id));
      for (const [j, cell] of role.cells.entries()) {
        const key = defaultMatrix.columns[j]!.key as ColumnKey;
        expect(cell.heading).toBe(defaultMatrix.columns[j]!.heading);
        expect(cell.responsibilities.map((r) => r.text)).toEqual(expected.responsibilities[key]);
        expect(cell.responsibilities.map((r) => r.position)).toEqual(cell.responsibilities.map((_, k) => k));
        for (const r of cell.responsibilities) expect(r).not.toHaveProperty('status');
      }
    }
    const sponsor = layout.roles.find((r) => r.name === 'Sponsor')!;
    expect(sponsor.cells.map((c) => c.responsibilities.length)).toEqual([0, 0, 0]);
    const mentor = layout.roles.find((r) => r.name === 'Mentor')!;
    expect(mentor.cells[0]!.responsibilities).toEqual([]);
    expect(mentor.cells[1]!.responsibilities.length).toBeGreaterThan(0);
    expect(mentor.cells[2]!.responsibilities).toEqual([]);
  });

  it('show --program adds holders, statuses and progress; the text layout names every role', async () => {
    const [json, text] = await Promise.all([
      run(['matrix', 'show', '--json', '--program', String(programId)]),
      run(['matrix', 'show', '--program', String(programId)]),
    ]);
    expect(json.code).toBe(0);
    const layout = JSON.parse(json.stdout) as MatrixLayout;
    expect(layout.program).toMatchObject({ id: programId, name: 'Junior Faculty Mentoring' });
    expect(layout.program!.progress).toMatchObject({ total: 43, done: 1 });
    const dean = layout.roles.find((r) => r.name === "Department Dean's Office")!;
    expect(dean.holders).toEqual([expect.objectContaining({ officeName: 'Office of the Dean', facultyId: null })]);
    expect(dean.progress).toMatchObject({ done: 1 });
    const done = dean.cells.flatMap((c) => c.responsibilities).find((r) => r.id === doneId);
    expect(done).toMatchObject({ status: 'done', statusDate: '2026-10-01', note: 'Agreed at the chairs’ meeting' });
    const others = layout.roles
      .flatMap((r) => r.cells.flatMap((c) => c.responsibilities))
      .filter((r) => r.id !== doneId);
    expect(others.every((r) => r.status === 'not_started' && r.statusDate === null)).toBe(true);
    // Only the dean's office is held, so everything else has no owner.
    expect(layout.program!.unowned).toHaveLength(43 - 9);
    expect(layout.program!.unowned.some((r) => r.roleId === dean.id)).toBe(false);

    expect(text.code).toBe(0);
    for (const role of defaultMatrix.roles) expect(text.stdout).toContain(role.name.toUpperCase());
    expect(text.stdout).toContain('Held by: Office of the Dean');
    expect(text.stdout).toContain('[Done 2026-10-01] Align faculty initiatives with institutional strategic plans');
    expect(text.stdout).toContain('Progress: 1 of 43 done');
  });

  it('export writes a real PDF and a real workbook, and will not overwrite a file without --force', async () => {
    const pdfPath = join(out.path, 'matrix.pdf');
    const xlsxPath = join(out.path, 'matrix.xlsx');
    const [pdfRun, xlsxRun] = await Promise.all([
      run(['matrix', 'export', '--format', 'pdf', '--out', pdfPath]),
      run(['matrix', 'export', '--format', 'xlsx', '--out', xlsxPath, '--program', String(programId)]),
    ]);
    expect(pdfRun.stderr).toBe('');
    expect(pdfRun.code).toBe(0);
    expect(pdfRun.stdout).toBe(`${pdfPath}\n`);
    expect(xlsxRun.code).toBe(0);
    expect(xlsxRun.stdout).toBe(`${xlsxPath}\n`);

    const pdf = await readPdf(readFileSync(pdfPath));
    expect(pdf.info.Title).toBe('Role–responsibility matrix');
    const all = squash(pdf.pages.join(' '));
    for (const role of defaultMatrix.roles) {
      for (const texts of Object.values(role.responsibilities)) for (const t of texts) expect(all).toContain(squash(t));
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsxPath) as unknown as ArrayBuffer);
    const rows = workbook
      .getWorksheet('Responsibilities')!
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Role', 'Column', 'Order', 'Responsibility', 'Status', 'Status date', 'Note', 'Owner']);
    expect(rows).toHaveLength(1 + 43);
    expect(rows.find((r) => r[4] === 'Done')).toMatchObject({ 0: "Department Dean's Office", 7: 'Office of the Dean' });

    // An existing file is left alone unless --force is given.
    writeFileSync(pdfPath, 'keep me');
    const refused = await run(['matrix', 'export', '--format', 'pdf', '--out', pdfPath]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `trellis: FILE_EXISTS: ${pdfPath} already exists. Choose another --out file, or add --force to replace it.\n`,
    );
    expect(readFileSync(pdfPath, 'utf8')).toBe('keep me');
    const forced = await run(['matrix', 'export', '--format', 'pdf', '--out', pdfPath, '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ path: pdfPath, format: 'pdf', mimeType: 'application/pdf' });
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an unknown format (usage, 2) and a missing folder or program (1), writing nothing', async () => {
    const usage = await run(['matrix', 'export', '--format', 'docx', '--out', join(out.path, 'm.docx')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Choose one of: "pdf", "xlsx"/);
    const missingFolder = join(out.path, 'no-such-folder', 'm.pdf');
    const noFolder = await run(['matrix', 'export', '--format', 'pdf', '--out', missingFolder]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('its folder does not exist');
    const noProgramPath = join(out.path, 'none.pdf');
    const noProgram = await run(['matrix', 'export', '--format', 'pdf', '--out', noProgramPath, '--program', '999']);
    expect(noProgram.code).toBe(1);
    expect(noProgram.stderr).toBe('trellis: NOT_FOUND: That program no longer exists.\n');
    expect(existsSync(noProgramPath)).toBe(false);
  });
});
