import {
  responsibilityStatusLabels,
  type Matrix,
  type PersonRole,
  type ProgressCount,
  type ResponsibilityStatus,
} from '../../../core/matrix/contract';

/**
 * The matrix as `trellis matrix show --json` prints it: roles as rows, each
 * with one cell per column (empty cells included), so a script reads a cell
 * without joining ids. With a program, each responsibility carries its status
 * there and each role its holders and progress.
 */
export interface MatrixLayout {
  columns: { id: number; heading: string; position: number }[];
  roles: RoleLayout[];
  program?: ProgramLayout;
}

export interface RoleLayout {
  id: number;
  name: string;
  position: number;
  personRole: PersonRole | null;
  cells: CellLayout[];
  holders?: { id: number; facultyId: number | null; facultyName: string | null; officeName: string | null }[];
  progress?: ProgressCount;
}

export interface CellLayout {
  columnId: number;
  heading: string;
  responsibilities: ResponsibilityLayout[];
}

export interface ResponsibilityLayout {
  id: number;
  text: string;
  position: number;
  /** With --program: the recorded status, or not_started when none is recorded. */
  status?: ResponsibilityStatus;
  statusDate?: string | null;
  note?: string | null;
}

export interface ProgramLayout {
  id: number;
  name: string;
  progress: ProgressCount;
  progressByColumn: ({ columnId: number; heading: string } & ProgressCount)[];
  /** Responsibilities whose role nobody holds in this program. */
  unowned: { id: number; roleId: number; columnId: number; text: string }[];
}

const noProgress: ProgressCount = { total: 0, done: 0, inProgress: 0, notStarted: 0, notApplicable: 0 };

export function matrixLayout(matrix: Matrix): MatrixLayout {
  const program = matrix.program;
  const statusOf = new Map((program?.statuses ?? []).map((s) => [s.responsibilityId, s]));
  const roles = matrix.roles.map((role): RoleLayout => {
    const cells = matrix.columns.map((column) => ({
      columnId: column.id,
      heading: column.heading,
      responsibilities: matrix.responsibilities
        .filter((r) => r.roleId === role.id && r.columnId === column.id)
        .sort((a, b) => a.position - b.position || a.id - b.id)
        .map((r): ResponsibilityLayout => {
          if (!program) return { id: r.id, text: r.text, position: r.position };
          const recorded = statusOf.get(r.id);
          return {
            id: r.id,
            text: r.text,
            position: r.position,
            status: recorded?.status ?? 'not_started',
            statusDate: recorded?.statusDate ?? null,
            note: recorded?.note ?? null,
          };
        }),
    }));
    const base = { id: role.id, name: role.name, position: role.position, personRole: role.personRole, cells };
    if (!program) return base;
    return {
      ...base,
      holders: program.holders
        .filter((h) => h.roleId === role.id)
        .map((h) => ({ id: h.id, facultyId: h.facultyId, facultyName: h.facultyName, officeName: h.officeName })),
      progress: program.progressByRole[role.id] ?? { ...noProgress },
    };
  });
  const columns = matrix.columns.map((c) => ({ id: c.id, heading: c.heading, position: c.position }));
  if (!program) return { columns, roles };
  const unowned = new Set(program.unownedResponsibilityIds);
  return {
    columns,
    roles,
    program: {
      id: program.programId,
      name: program.programName,
      progress: Object.values(program.progressByRole).reduce(add, { ...noProgress }),
      progressByColumn: matrix.columns.map((c) => ({
        columnId: c.id,
        heading: c.heading,
        ...(program.progressByColumn[c.id] ?? noProgress),
      })),
      unowned: matrix.responsibilities
        .filter((r) => unowned.has(r.id))
        .map((r) => ({ id: r.id, roleId: r.roleId, columnId: r.columnId, text: r.text })),
    },
  };
}

function add(sum: ProgressCount, count: ProgressCount): ProgressCount {
  return {
    total: sum.total + count.total,
    done: sum.done + count.done,
    inProgress: sum.inProgress + count.inProgress,
    notStarted: sum.notStarted + count.notStarted,
    notApplicable: sum.notApplicable + count.notApplicable,
  };
}

function progressText(count: ProgressCount): string {
  if (count.total === 0) return 'nothing to track';
  const parts = [`${count.done} of ${count.total} done`];
  if (count.inProgress) parts.push(`${count.inProgress} in progress`);
  if (count.notApplicable) parts.push(`${count.notApplicable} not applicable`);
  return parts.join(', ');
}

/** A readable text layout: each role, then each of its cells with the responsibilities as bullets. */
export function matrixText(layout: MatrixLayout): string[] {
  const lines: string[] = [];
  if (layout.program) {
    lines.push(`Role–responsibility matrix for ${layout.program.name} (program ${layout.program.id})`);
    lines.push(`Progress: ${progressText(layout.program.progress)}`);
    for (const column of layout.program.progressByColumn) lines.push(`  ${column.heading}: ${progressText(column)}`);
  } else {
    lines.push('Role–responsibility matrix');
  }
  for (const role of layout.roles) {
    lines.push('', role.name.toUpperCase());
    if (role.holders) {
      const names = role.holders.map((h) => h.facultyName ?? h.officeName ?? '').filter(Boolean);
      lines.push(`  Held by: ${names.length > 0 ? names.join(', ') : 'nobody yet'}`);
      if (role.progress) lines.push(`  Progress: ${progressText(role.progress)}`);
    }
    for (const cell of role.cells) {
      lines.push(`  ${cell.heading}`);
      if (cell.responsibilities.length === 0) lines.push('    (none)');
      for (const r of cell.responsibilities) {
        if (!r.status) {
          lines.push(`    - ${r.text}`);
          continue;
        }
        const when = r.statusDate ? ` ${r.statusDate}` : '';
        lines.push(`    - [${responsibilityStatusLabels[r.status]}${when}] ${r.text}`);
        if (r.note) lines.push(`      Note: ${r.note}`);
      }
    }
  }
  if (layout.program && layout.program.unowned.length > 0) {
    lines.push(
      '',
      `No one holds the role for ${layout.program.unowned.length} of these responsibilities in this program.`,
    );
    lines.push('Record who holds each role in the app’s matrix page for the program.');
  }
  return lines;
}
