import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type {
  Matrix,
  MatrixColumn,
  MatrixRole,
  PersonRole,
  ProgramMatrix,
  ProgressCount,
  Responsibility,
  ResponsibilityProgress,
  ResponsibilityStatus,
} from './contract';

export async function readColumns(db: ReadableDb): Promise<MatrixColumn[]> {
  return db
    .selectFrom('matrix_columns')
    .select(['id', 'heading', 'position'])
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function readRoles(db: ReadableDb): Promise<MatrixRole[]> {
  const rows = await db.selectFrom('matrix_roles').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    position: r.position,
    personRole: r.person_role as PersonRole | null,
  }));
}

export async function readResponsibilities(db: ReadableDb): Promise<Responsibility[]> {
  const rows = await db
    .selectFrom('matrix_responsibilities')
    .selectAll()
    .orderBy('role_id')
    .orderBy('column_id')
    .orderBy('position')
    .execute();
  return rows.map(toResponsibility);
}

export function toResponsibility(r: {
  id: number;
  role_id: number;
  column_id: number;
  text: string;
  position: number;
}): Responsibility {
  return { id: r.id, roleId: r.role_id, columnId: r.column_id, text: r.text, position: r.position };
}

export async function getResponsibility(db: ReadableDb, id: number): Promise<Responsibility> {
  const row = await db.selectFrom('matrix_responsibilities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That responsibility is no longer in the matrix.');
  return toResponsibility(row);
}

export async function readMatrix(db: ReadableDb, programId?: number): Promise<Matrix> {
  const [columns, roles, responsibilities] = await Promise.all([
    readColumns(db),
    readRoles(db),
    readResponsibilities(db),
  ]);
  const program = programId === undefined ? null : await readProgramMatrix(db, programId, responsibilities);
  return { columns, roles, responsibilities, program };
}

function emptyCount(): ProgressCount {
  return { total: 0, done: 0, inProgress: 0, notStarted: 0, notApplicable: 0 };
}

function tally(count: ProgressCount, status: ResponsibilityStatus): void {
  count.total += 1;
  if (status === 'done') count.done += 1;
  else if (status === 'in_progress') count.inProgress += 1;
  else if (status === 'not_applicable') count.notApplicable += 1;
  else count.notStarted += 1;
}

/** Who holds each role in a program, each responsibility's status, and progress per role and column. */
export async function readProgramMatrix(
  db: ReadableDb,
  programId: number,
  responsibilities: Responsibility[],
): Promise<ProgramMatrix> {
  const program = await db.selectFrom('programs').select(['id', 'name']).where('id', '=', programId).executeTakeFirst();
  if (!program) throw new TrellisError('NOT_FOUND', 'That program no longer exists.');
  const holders = await db
    .selectFrom('program_role_holders as h')
    .leftJoin('faculty as f', 'f.id', 'h.faculty_id')
    .select(['h.id', 'h.role_id', 'h.faculty_id', 'h.office_name', 'f.name as faculty_name'])
    .where('h.program_id', '=', programId)
    .orderBy('h.id')
    .execute();
  const statusRows = await db
    .selectFrom('program_responsibility_status')
    .selectAll()
    .where('program_id', '=', programId)
    .execute();
  const statuses: ResponsibilityProgress[] = statusRows.map((s) => ({
    responsibilityId: s.responsibility_id,
    status: s.status as ResponsibilityStatus,
    statusDate: s.status_date,
    note: s.note,
  }));
  const statusOf = new Map(statuses.map((s) => [s.responsibilityId, s.status]));
  const heldRoles = new Set(holders.map((h) => h.role_id));
  const progressByRole: Record<number, ProgressCount> = {};
  const progressByColumn: Record<number, ProgressCount> = {};
  for (const r of responsibilities) {
    const status = statusOf.get(r.id) ?? 'not_started';
    tally((progressByRole[r.roleId] ??= emptyCount()), status);
    tally((progressByColumn[r.columnId] ??= emptyCount()), status);
  }
  return {
    programId,
    programName: program.name,
    holders: holders.map((h) => ({
      id: h.id,
      roleId: h.role_id,
      facultyId: h.faculty_id,
      facultyName: h.faculty_name,
      officeName: h.office_name,
    })),
    statuses,
    progressByRole,
    progressByColumn,
    unownedResponsibilityIds: responsibilities.filter((r) => !heldRoles.has(r.roleId)).map((r) => r.id),
  };
}
