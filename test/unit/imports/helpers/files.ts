import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export const fixtures = join(__dirname, '../../../../../shared/fixtures');
export const fixture = (name: string) => join(fixtures, name);

/** A folder for files a test writes, removed afterwards. */
export function scratch(): {
  dir: string;
  path(name: string): string;
  write(name: string, data: Buffer | string): string;
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-imports-'));
  return {
    dir,
    path: (name) => join(dir, name),
    write(name, data) {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Writes a one-sheet workbook with exceljs from rows of values. */
export async function writeWorkbook(
  path: string,
  rows: unknown[][],
  options: { sheet?: string; date1904?: boolean; merge?: string; extraSheets?: string[] } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  for (const name of options.extraSheets ?? []) workbook.addWorksheet(name).addRow(['Notes', 'Other']);
  const sheet = workbook.addWorksheet(options.sheet ?? 'Sheet1');
  for (const row of rows) sheet.addRow(row);
  if (options.merge) sheet.mergeCells(options.merge);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Encodes text as Windows-1252 (the characters used in tests are all in it). */
export function windows1252(text: string): Buffer {
  const special: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    '„': 0x84,
    '…': 0x85,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  return Buffer.from([...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
}
