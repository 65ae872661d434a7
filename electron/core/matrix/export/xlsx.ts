import ExcelJS from 'exceljs';
import { safeCellValue } from '../../spreadsheets/safeCell';
import type { Matrix } from '../contract';
import { exportRows } from './rows';

/** The matrix as a workbook: one row per responsibility, text cells formula-escaped. */
export async function matrixToXlsx(matrix: Matrix, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trellis';
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet('Responsibilities', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Role', key: 'role', width: 34 },
    { header: 'Column', key: 'column', width: 30 },
    { header: 'Order', key: 'order', width: 7 },
    { header: 'Responsibility', key: 'responsibility', width: 70 },
    { header: 'Status', key: 'status', width: 15 },
    { header: 'Status date', key: 'statusDate', width: 12 },
    { header: 'Note', key: 'note', width: 40 },
    { header: 'Owner', key: 'owner', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of exportRows(matrix)) {
    const added = sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCellValue(v)])));
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = { from: 'A1', to: 'H1' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
