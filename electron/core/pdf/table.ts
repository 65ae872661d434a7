import { fonts } from './fonts';
import type { PdfWriter } from './writer';

/** One line of content in a cell: a responsibility, a status, a name… */
export interface CellItem {
  text: string;
  font?: string;
  size?: number;
  color?: string;
  /** A smaller line printed under the text (e.g. a status and date). */
  note?: { text: string; color?: string };
}

export interface TableSpec {
  columns: { header: string; width: number }[];
  /** Each row holds one list of items per column. */
  rows: CellItem[][][];
}

const padding = 5;
const itemGap = 4;
const headerFill = '#e8eef5';
const borderColor = '#b8c2cc';

/**
 * Draws a table whose header row repeats on every page it spans. A row that
 * does not fit moves to the next page; a row taller than a whole page is split
 * between its items, never through one. Tagged as Table/TR/TH/TD.
 */
export function drawTable(pdf: PdfWriter, spec: TableSpec): void {
  const { doc } = pdf;
  const table = doc.struct('Table');
  pdf.root.add(table);

  const itemHeight = (item: CellItem, width: number): number => {
    doc.font(item.font ?? fonts.sans).fontSize(item.size ?? 9);
    let height = doc.heightOfString(item.text, { width, lineGap: 1 });
    if (item.note) {
      doc.font(fonts.sansItalic).fontSize(7.5);
      height += doc.heightOfString(item.note.text, { width, lineGap: 0.5 }) + 1;
    }
    return height;
  };
  const cellWidth = (column: number) => spec.columns[column]!.width - 2 * padding;
  const heightOf = (items: CellItem[], column: number) =>
    items.reduce((sum, item, i) => sum + itemHeight(item, cellWidth(column)) + (i > 0 ? itemGap : 0), 0) + 2 * padding;

  const headerItems = spec.columns.map((c) => [{ text: c.header, font: fonts.sansBold, size: 9.5 }]);
  const headerHeight = Math.max(...headerItems.map((items, i) => heightOf(items, i)));

  const drawRow = (cells: CellItem[][], height: number, kind: 'TH' | 'TD') => {
    const top = doc.y;
    let x = pdf.left;
    pdf.artifact(() => {
      if (kind === 'TH') doc.rect(pdf.left, top, pdf.contentWidth, height).fill(headerFill);
      doc.lineWidth(0.6).strokeColor(borderColor);
      let edge = pdf.left;
      for (const column of spec.columns) {
        doc.rect(edge, top, column.width, height).stroke();
        edge += column.width;
      }
    });
    const row = doc.struct('TR');
    table.add(row);
    cells.forEach((items, column) => {
      const width = cellWidth(column);
      const cellX = x + padding;
      let y = top + padding;
      const cell = doc.struct(kind);
      row.add(cell);
      for (const item of items) {
        cell.add(
          doc.struct('P', {}, () => {
            doc
              .font(item.font ?? fonts.sans)
              .fontSize(item.size ?? 9)
              .fillColor(item.color ?? '#1a1a1a')
              .text(item.text, cellX, y, { width, lineGap: 1 });
            if (item.note) {
              doc
                .font(fonts.sansItalic)
                .fontSize(7.5)
                .fillColor(item.note.color ?? '#5b6573');
              doc.text(item.note.text, cellX, doc.y + 1, { width, lineGap: 0.5 });
            }
          }),
        );
        y += itemHeight(item, width) + itemGap;
      }
      cell.end();
      x += spec.columns[column]!.width;
    });
    row.end();
    doc.y = top + height;
    doc.x = pdf.left;
  };

  const header = () => drawRow(headerItems, headerHeight, 'TH');
  pdf.ensureSpace(headerHeight + 40);
  header();

  for (const row of spec.rows) {
    let pending = row.map((items) => [...items]);
    let drawnOnce = false; // a row of empty cells is still drawn, once
    while (!drawnOnce || pending.some((items) => items.length > 0)) {
      const whole = Math.max(...pending.map((items, i) => heightOf(items, i)));
      const available = pdf.bottom - doc.y;
      if (whole <= available) {
        drawRow(pending, whole, 'TD');
        break;
      }
      drawnOnce = true;
      const freshPage = available >= pdf.bottom - doc.page.margins.top - headerHeight - 1;
      if (!freshPage && whole <= pdf.bottom - doc.page.margins.top - headerHeight) {
        pdf.newPage();
        header();
        continue;
      }
      // Taller than a page: take, per cell, the items that fit here.
      const taken = pending.map((items, column) => {
        const fit: CellItem[] = [];
        for (const item of items) {
          if (heightOf([...fit, item], column) > available && (fit.length > 0 || !freshPage)) break;
          fit.push(item);
        }
        return fit;
      });
      if (taken.every((items) => items.length === 0)) {
        pdf.newPage();
        header();
        continue;
      }
      drawRow(taken, Math.max(...taken.map((items, i) => heightOf(items, i))), 'TD');
      pending = pending.map((items, column) => items.slice(taken[column]!.length));
      if (pending.some((items) => items.length > 0)) {
        pdf.newPage();
        header();
      }
    }
  }
  table.end();
  pdf.resetBody();
  doc.moveDown(0.8);
}
