import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { moveIntoPlace, sealFile, temporaryPathBeside } from '../../../db/atomicFile';
import { TrellisError } from '../../common/errors';
import type { ReadContext } from '../handlers';
import { escapeFormula } from '../spreadsheets/safeCell';
import type { StoredPreview } from './stored';

interface RejectedRow {
  row: number;
  reason: string;
  cells: string[];
}

/**
 * Writes the rows that were not imported to an .xlsx, with the reason first,
 * so staff can fix them and import that file. Everything is written as text
 * with formula triggers escaped: a cell from an export is never run as a
 * formula when the workbook is opened.
 */
export async function writeRejectedRows(path: string, header: string[], rows: readonly RejectedRow[]): Promise<number> {
  if (!/\.xlsx$/i.test(path))
    throw new TrellisError('VALIDATION', 'Save the rejected rows as an .xlsx file.', {
      path: 'Use a name ending in .xlsx.',
    });
  // Written beside under a temporary name, owner-only, then renamed: never a half-written workbook.
  const temporary = temporaryPathBeside(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: temporary,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Rejected rows');
  sheet.addRow(['Row', 'Reason', ...header.map(escapeFormula)]).commit();
  for (const row of rows) {
    sheet.addRow([row.row, escapeFormula(row.reason), ...row.cells.map((c) => escapeFormula(c))]).commit();
  }
  sheet.commit();
  try {
    await workbook.commit();
    await sealFile(temporary);
    await moveIntoPlace(temporary, path, true);
  } catch {
    rmSync(temporary, { force: true });
    throw new TrellisError('FILE_NOT_FOUND', 'The rejected rows could not be saved there. Choose another folder.');
  }
  return rows.length;
}

export function rejectedFromPreview(stored: StoredPreview): { header: string[]; rows: RejectedRow[] } {
  const plan = stored.roster?.plan ?? stored.survey!.plan;
  const cellsOf = new Map<number, string[] | null>(
    (stored.roster?.rows ?? stored.survey!.rows).map((r) => [r.row, r.cells]),
  );
  return {
    header: stored.header,
    rows: plan.notImported.map(({ row, reason }) => ({ row, reason, cells: cellsOf.get(row) ?? [] })),
  };
}

export async function rejectedFromBatch(
  { db }: ReadContext,
  batchId: number,
): Promise<{ header: string[]; rows: RejectedRow[] }> {
  const batch = await db.selectFrom('import_batches').select('mapping').where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new TrellisError('NOT_FOUND', 'That import is not in Trellis.');
  const header = (JSON.parse(batch.mapping) as { header?: string[] }).header ?? [];
  const rows = await db
    .selectFrom('import_rejected_rows')
    .selectAll()
    .where('batch_id', '=', batchId)
    .orderBy('row_number')
    .execute();
  return {
    header,
    rows: rows.map((r) => ({ row: r.row_number, reason: r.reason, cells: JSON.parse(r.cells) as string[] })),
  };
}
