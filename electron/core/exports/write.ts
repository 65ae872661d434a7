import { existsSync, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import {
  fileWriteError,
  moveIntoPlace,
  ownerOnly,
  sealFile,
  syncFolder,
  temporaryPathBeside,
  writeTemporaryBeside,
} from '../../../db/atomicFile';
import { openSnapshot, type SnapshotTable } from '../../../db/snapshot';
import type { OpenDatabase } from '../../../db/vault';
import { escapeFormula } from '../spreadsheets/safeCell';
import type { WorkHandle } from '../work/progress';
import { attachmentName } from './attachments';
import type { ExportFormat, ExportResult } from './contract';
import { byteOrderMark, csvLine } from './csv';
import { dictionaryRows } from './dictionary';

const workbookName = 'Trellis records.xlsx';
const dictionaryName = 'data-dictionary.csv';

/**
 * Writes every table of a consistent snapshot into a hidden folder beside
 * the target, every file owner-only and fsynced; then renames the folder into
 * place (or zips it to a temporary file and renames that). A kill leaves no
 * export that looks complete.
 */
export async function writeExport(
  database: OpenDatabase,
  target: string,
  format: ExportFormat,
  work: WorkHandle,
): Promise<ExportResult> {
  const zip = target.toLowerCase().endsWith('.zip');
  if (existsSync(target)) throw fileWriteError({ code: 'EEXIST' }, target);
  const staging = temporaryPathBeside(target);
  const snapshot = await openSnapshot(database, temporaryPathBeside(database.path)).catch((error: unknown) => {
    throw fileWriteError(error, target);
  });
  try {
    await fs.mkdir(staging, { mode: 0o700 });
    const files = new StagedFiles(staging);
    const tables = snapshot.tables();
    const counts: Record<string, number> = {};
    const workbook =
      format === 'xlsx'
        ? new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(staging, workbookName), useSharedStrings: false })
        : null;
    work.phase('exporting', tables.length);
    for (const [index, table] of tables.entries()) {
      work.check();
      const sheet = workbook?.addWorksheet(table.name);
      const lines = [byteOrderMark, csvLine(table.columns.map((c) => c.name))];
      sheet?.addRow(table.columns.map((c) => c.name)).commit();
      let count = 0;
      for (const row of snapshot.rows(table.name)) {
        const values = await cellsOf(table, row, files);
        if (sheet) sheet.addRow(values.map((v) => (typeof v === 'string' ? escapeFormula(v) : v))).commit();
        else lines.push(csvLine(values));
        count++;
      }
      sheet?.commit();
      if (!workbook) await files.add(`${table.name}.csv`, lines.join(''));
      counts[table.name] = count;
      work.update(index + 1);
      // Lets progress polls and a Cancel through between tables.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const dictionary = dictionaryRows(tables);
    if (workbook) {
      const sheet = workbook.addWorksheet('data dictionary');
      for (const row of dictionary) sheet.addRow(row.map(escapeFormula)).commit();
      await workbook.commit();
      await files.sync(workbookName);
    }
    await files.add(dictionaryName, byteOrderMark + dictionary.map(csvLine).join(''));
    work.check();
    if (zip) await zipInto(staging, files.names(), target);
    else {
      await syncFolder(staging);
      await fs.rename(staging, target);
      await syncFolder(dirname(target));
    }
    return { path: target, format, tables: counts, attachments: files.attachments };
  } catch (error) {
    throw error instanceof Error && (error.name === 'TrellisError' || error.name === 'AbortError')
      ? error
      : fileWriteError(error, target);
  } finally {
    snapshot.close();
    await fs.rm(staging, { recursive: true, force: true });
  }
}

async function cellsOf(table: SnapshotTable, row: Record<string, unknown>, files: StagedFiles): Promise<unknown[]> {
  const values: unknown[] = [];
  for (const column of table.columns) {
    const value = row[column.name];
    if (Buffer.isBuffer(value)) {
      const name = attachmentName(table.name, row) ?? `files/${table.name}-${String(row.id ?? values.length)}.bin`;
      await files.add(name, value);
      files.attachments++;
      values.push(name);
    } else values.push(value ?? null);
  }
  return values;
}

/** Files written into the staging folder, owner-only and fsynced. */
class StagedFiles {
  private readonly written: string[] = [];
  attachments = 0;

  constructor(private readonly folder: string) {}

  async add(name: string, content: string | Buffer): Promise<void> {
    const path = join(this.folder, name);
    await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const handle = await fs.open(path, 'wx', ownerOnly);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.written.push(name);
  }

  /** A file another writer (exceljs) made: owner-only and fsynced like the rest. */
  async sync(name: string): Promise<void> {
    await sealFile(join(this.folder, name));
    this.written.push(name);
  }

  names(): string[] {
    return this.written;
  }
}

async function zipInto(folder: string, names: string[], target: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const name of names) zip.addFile(join(folder, name), `${basename(target, '.zip')}/${name}`);
  zip.end();
  const temporary = await writeTemporaryBeside(target, zip.outputStream as AsyncIterable<Uint8Array>);
  await moveIntoPlace(temporary, target, false);
}
