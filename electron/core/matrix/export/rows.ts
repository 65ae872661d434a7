import { responsibilityStatusLabels, type Matrix } from '../contract';

export interface ExportRow {
  role: string;
  column: string;
  order: number;
  responsibility: string;
  status: string;
  statusDate: string;
  note: string;
  owner: string;
}

/** One row per responsibility, in matrix order, with the program's status and owner when one is chosen. */
export function exportRows(matrix: Matrix): ExportRow[] {
  const statusOf = new Map(matrix.program?.statuses.map((s) => [s.responsibilityId, s]) ?? []);
  const rows: ExportRow[] = [];
  for (const role of matrix.roles) {
    const owners = (matrix.program?.holders ?? [])
      .filter((h) => h.roleId === role.id)
      .map((h) => h.facultyName ?? h.officeName ?? '')
      .join('; ');
    for (const column of matrix.columns) {
      const items = matrix.responsibilities
        .filter((r) => r.roleId === role.id && r.columnId === column.id)
        .sort((a, b) => a.position - b.position);
      for (const item of items) {
        const status = statusOf.get(item.id);
        rows.push({
          role: role.name,
          column: column.heading,
          order: item.position + 1,
          responsibility: item.text,
          status: matrix.program ? responsibilityStatusLabels[status?.status ?? 'not_started'] : '',
          statusDate: status?.statusDate ?? '',
          note: status?.note ?? '',
          owner: owners,
        });
      }
    }
  }
  return rows;
}
