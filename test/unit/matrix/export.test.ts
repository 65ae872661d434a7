import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Matrix } from '../../../electron/core/matrix/contract';
import { readPdf } from '../../support/pdfText';
import { createProgram } from '../../support/programs';
import { createTempCore, type TempCore } from '../../support/tempCore';

const squash = (text: string) => text.replace(/\s+/g, '');

describe('matrix export', () => {
  let temp: TempCore;
  let matrix: Matrix;
  let program: number;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);
  const role = (name: string) => matrix.roles.find((r) => r.name === name)!;

  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    program = await createProgram(temp.core, 'Junior Faculty Mentoring');
    matrix = await call('matrix.get', {});
    const dean = await call('faculty.create', {
      name: 'Nguyễn Thị Minh Khai',
      email: 'dean@x.edu',
      department: 'Medicine',
      rank: 'Professor',
    });
    await call('matrix.setHolder', {
      programId: program,
      roleId: role("Department Dean's Office").id,
      facultyId: dean.id,
    });
    await call('matrix.setHolder', {
      programId: program,
      roleId: role('Mentoring Program').id,
      officeName: 'Office of Academic Affairs',
    });
    const deanItem = matrix.responsibilities.find((r) => r.roleId === role("Department Dean's Office").id)!;
    await call('matrix.setStatus', {
      programId: program,
      responsibilityId: deanItem.id,
      status: 'done',
      statusDate: '2026-10-01',
      note: '=cmd|calc',
    });
  });
  afterEach(async () => temp.dispose());

  async function file(format: 'pdf' | 'xlsx', programId?: number) {
    const exported = await call('matrix.export', { format, ...(programId ? { programId } : {}) });
    return { ...exported, bytes: Buffer.from(exported.base64, 'base64') };
  }

  it('writes an .xlsx with one row per responsibility: role, column, text, status, owner', async () => {
    const exported = await file('xlsx', program);
    expect(exported.fileName).toBe('responsibility-matrix-junior-faculty-mentoring.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Responsibilities')!;
    const values = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(values[0]).toEqual(['Role', 'Column', 'Order', 'Responsibility', 'Status', 'Status date', 'Note', 'Owner']);
    expect(values).toHaveLength(1 + 43);
    const dean = values.filter((v) => v[0] === "Department Dean's Office");
    expect(dean).toHaveLength(9);
    expect(dean[0]).toEqual([
      "Department Dean's Office",
      'Institutional infrastructure and culture',
      1,
      'Align faculty initiatives with institutional strategic plans',
      'Done',
      '2026-10-01',
      "'=cmd|calc",
      'Nguyễn Thị Minh Khai',
    ]);
    expect(values.find((v) => v[0] === 'Mentor')).toMatchObject({ 4: 'Not started', 7: '' });
    expect(values.filter((v) => v[0] === 'Sponsor')).toEqual([]);
  });

  it('escapes every text cell that a spreadsheet would run as a formula', async () => {
    await call('matrix.addResponsibility', {
      roleId: role('Mentee').id,
      columnId: matrix.columns[0]!.id,
      text: '@SUM(A1:A9)',
    });
    await call('matrix.renameRole', { id: role('Mentee').id, name: '+Mentee' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file('xlsx')).bytes as unknown as ArrayBuffer);
    const rows = workbook.getWorksheet('Responsibilities')!.getSheetValues().slice(2) as unknown[][];
    const cells = rows.flatMap((r) => r.slice(1)).filter((v): v is string => typeof v === 'string');
    expect(cells).toContain("'@SUM(A1:A9)");
    expect(cells).toContain("'+Mentee");
    expect(cells.every((v) => !/^[=+\-@\t\r]/.test(v))).toBe(true);
    expect(workbook.getWorksheet('Responsibilities')!.getCell('D2').formula).toBeUndefined();
  });

  it('prints a landscape PDF with every responsibility, the headers on every page, and page numbers', async () => {
    const exported = await file('pdf');
    expect(exported.mimeType).toBe('application/pdf');
    const pdf = await readPdf(exported.bytes);
    expect(pdf.info.Title).toBe('Role–responsibility matrix');
    expect(pdf.tagged).toBe(true);
    const all = squash(pdf.pages.join(' '));
    for (const r of matrix.responsibilities) expect(all).toContain(squash(r.text));
    for (const [i, page] of pdf.pages.entries()) {
      expect(page).toContain(`Page ${i + 1} of ${pdf.pageCount}`);
      for (const column of matrix.columns) expect(squash(page)).toContain(squash(column.heading));
    }
    expect(pdf.pageCount).toBeGreaterThan(1);
    expect(pdf.outline).toEqual(['Role–responsibility matrix']);
  });

  it('with a program, prints statuses, holders and what has no owner', async () => {
    const pdf = await readPdf((await file('pdf', program)).bytes);
    const text = pdf.pages.join(' ');
    expect(pdf.info.Title).toBe('Role–responsibility matrix: Junior Faculty Mentoring');
    expect(text).toContain('Nguyễn Thị Minh Khai');
    expect(text).toContain('Office of Academic Affairs');
    expect(text).toContain('Done · 2026-10-01');
    expect(text).toContain('No one holds this role');
    expect(text).toContain('1 of 43 applicable responsibilities done.');
    expect(pdf.outline).toEqual([
      'Role–responsibility matrix: Junior Faculty Mentoring',
      'Responsibilities with no owner',
    ]);
    expect(squash(text)).toContain(squash('Mentor: Help mentee develop, enact, and evaluate individual career plan'));
  });
});
