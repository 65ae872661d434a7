import { fonts } from '../../pdf/fonts';
import { drawTable, type CellItem } from '../../pdf/table';
import { PdfWriter } from '../../pdf/writer';
import { responsibilityStatusLabels, type Matrix, type ResponsibilityStatus } from '../contract';

const statusColors: Record<ResponsibilityStatus, string> = {
  done: '#2f7a3b',
  in_progress: '#9a6700',
  not_started: '#5b6573',
  not_applicable: '#5b6573',
};

/**
 * The matrix on landscape pages: roles down, columns across, header repeated
 * on every page. With a program, each responsibility carries its status, the
 * role its holders, and the document ends with what still has no owner.
 */
export async function matrixToPdf(matrix: Matrix, options: { author: string; fixedDate?: Date }): Promise<Buffer> {
  const program = matrix.program;
  const title = program ? `Role–responsibility matrix: ${program.programName}` : 'Role–responsibility matrix';
  const pdf = new PdfWriter({
    title,
    author: options.author,
    subject: 'Who does what to support faculty mentoring',
    layout: 'landscape',
    ...(options.fixedDate ? { fixedDate: options.fixedDate } : {}),
  });
  pdf.heading(title, 1, { bookmark: true });
  if (program) {
    const all = Object.values(program.progressByRole);
    const done = all.reduce((n, c) => n + c.done, 0);
    const total = all.reduce((n, c) => n + c.total - c.notApplicable, 0);
    pdf.paragraph(`${done} of ${total} applicable responsibilities done.`, { font: fonts.sans, size: 10 });
  }

  const statusOf = new Map(program?.statuses.map((s) => [s.responsibilityId, s]) ?? []);
  const roleWidth = 140;
  const columnWidth = (pdf.contentWidth - roleWidth) / Math.max(1, matrix.columns.length);
  const rows = matrix.roles.map((role) => {
    const holders = (program?.holders ?? []).filter((h) => h.roleId === role.id);
    const roleCell: CellItem[] = [{ text: role.name, font: fonts.sansBold, size: 9.5 }];
    if (program) {
      const progress = program.progressByRole[role.id];
      roleCell.push({
        text: holders.length ? holders.map((h) => h.facultyName ?? h.officeName).join('; ') : 'No one holds this role',
        size: 8,
        color: holders.length ? '#1a1a1a' : '#a4262c',
      });
      if (progress?.total)
        roleCell.push({ text: `${progress.done} of ${progress.total} done`, size: 8, color: '#5b6573' });
    }
    const cells = matrix.columns.map((column) =>
      matrix.responsibilities
        .filter((r) => r.roleId === role.id && r.columnId === column.id)
        .sort((a, b) => a.position - b.position)
        .map((r): CellItem => {
          if (!program) return { text: r.text };
          const status = statusOf.get(r.id);
          const state = status?.status ?? 'not_started';
          const note = [responsibilityStatusLabels[state], status?.statusDate, status?.note]
            .filter(Boolean)
            .join(' · ');
          return { text: r.text, note: { text: note, color: statusColors[state] } };
        }),
    );
    return [roleCell, ...cells];
  });
  drawTable(pdf, {
    columns: [
      { header: 'Role', width: roleWidth },
      ...matrix.columns.map((c) => ({ header: c.heading, width: columnWidth })),
    ],
    rows,
  });

  if (program && program.unownedResponsibilityIds.length > 0) {
    pdf.heading('Responsibilities with no owner', 2, { bookmark: true });
    const unowned = new Set(program.unownedResponsibilityIds);
    const roleName = new Map(matrix.roles.map((r) => [r.id, r.name]));
    pdf.list(
      matrix.responsibilities.filter((r) => unowned.has(r.id)).map((r) => `${roleName.get(r.roleId)}: ${r.text}`),
    );
  }
  return pdf.finish();
}
