import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import type { DeletedResponsibility, MatrixColumn, MatrixRole, Responsibility } from './contract';
import { moveInOrder } from './ordering';
import { getResponsibility, readColumns, readRoles } from './read';

type Db = ReadableDb;

async function cellIds(db: Db, roleId: number, columnId: number, exceptId?: number): Promise<number[]> {
  const rows = await db
    .selectFrom('matrix_responsibilities')
    .select('id')
    .where('role_id', '=', roleId)
    .where('column_id', '=', columnId)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

async function renumberCell(db: WritableDb, ids: number[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.updateTable('matrix_responsibilities').set({ position }).where('id', '=', id).execute();
  }
}

async function assertCellExists(db: ReadableDb, roleId: number, columnId: number): Promise<void> {
  const role = await db.selectFrom('matrix_roles').select('id').where('id', '=', roleId).executeTakeFirst();
  const column = await db.selectFrom('matrix_columns').select('id').where('id', '=', columnId).executeTakeFirst();
  if (!role || !column) throw new TrellisError('NOT_FOUND', 'That role or column is no longer in the matrix.');
}

export async function addResponsibility(
  db: WritableDb,
  input: { roleId: number; columnId: number; text: string; position?: number | undefined },
): Promise<Responsibility> {
  await assertCellExists(db, input.roleId, input.columnId);
  const existing = await cellIds(db, input.roleId, input.columnId);
  const { id } = await db
    .insertInto('matrix_responsibilities')
    .values({ role_id: input.roleId, column_id: input.columnId, text: input.text, position: existing.length })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.position !== undefined) await renumberCell(db, moveInOrder([...existing, id], id, input.position));
  return getResponsibility(db, id);
}

export async function updateResponsibility(db: WritableDb, id: number, text: string): Promise<Responsibility> {
  await getResponsibility(db, id);
  await db.updateTable('matrix_responsibilities').set({ text }).where('id', '=', id).execute();
  return getResponsibility(db, id);
}

/** Moves within a cell or to another cell, closing the gap it leaves. */
export async function moveResponsibility(
  db: WritableDb,
  input: { id: number; roleId: number; columnId: number; position: number },
): Promise<Responsibility> {
  const current = await getResponsibility(db, input.id);
  await assertCellExists(db, input.roleId, input.columnId);
  await db
    .updateTable('matrix_responsibilities')
    .set({ role_id: input.roleId, column_id: input.columnId })
    .where('id', '=', input.id)
    .execute();
  const target = await cellIds(db, input.roleId, input.columnId, input.id);
  await renumberCell(db, moveInOrder(target, input.id, input.position));
  if (current.roleId !== input.roleId || current.columnId !== input.columnId) {
    await renumberCell(db, await cellIds(db, current.roleId, current.columnId));
  }
  return getResponsibility(db, input.id);
}

/** Deletes, returning everything needed to put it back (its text, place and program statuses). */
export async function deleteResponsibility(db: WritableDb, id: number): Promise<DeletedResponsibility> {
  const responsibility = await getResponsibility(db, id);
  const statuses = await db
    .selectFrom('program_responsibility_status')
    .selectAll()
    .where('responsibility_id', '=', id)
    .execute();
  await db.deleteFrom('matrix_responsibilities').where('id', '=', id).execute();
  await renumberCell(db, await cellIds(db, responsibility.roleId, responsibility.columnId));
  return {
    responsibility,
    statuses: statuses.map((s) => ({
      programId: s.program_id,
      responsibilityId: s.responsibility_id,
      status: s.status as DeletedResponsibility['statuses'][number]['status'],
      statusDate: s.status_date,
      note: s.note,
    })),
  };
}

/** Undo of a delete: the same id, the same place, the same statuses. */
export async function restoreResponsibility(
  db: WritableDb,
  deleted: DeletedResponsibility,
  now: Date,
): Promise<Responsibility> {
  const { responsibility: r } = deleted;
  const taken = await db.selectFrom('matrix_responsibilities').select('id').where('id', '=', r.id).executeTakeFirst();
  if (taken) throw new TrellisError('CONFLICT', 'That responsibility is already back in the matrix.');
  await assertCellExists(db, r.roleId, r.columnId);
  const existing = await cellIds(db, r.roleId, r.columnId);
  await db
    .insertInto('matrix_responsibilities')
    .values({ id: r.id, role_id: r.roleId, column_id: r.columnId, text: r.text, position: existing.length })
    .execute();
  await renumberCell(db, moveInOrder([...existing, r.id], r.id, r.position));
  const programs = new Set((await db.selectFrom('programs').select('id').execute()).map((p) => p.id));
  const statuses = deleted.statuses.filter((s) => programs.has(s.programId));
  if (statuses.length > 0) {
    await db
      .insertInto('program_responsibility_status')
      .values(
        statuses.map((s) => ({
          program_id: s.programId,
          responsibility_id: r.id,
          status: s.status,
          status_date: s.statusDate,
          note: s.note,
          updated_at: now.toISOString(),
        })),
      )
      .execute();
  }
  return getResponsibility(db, r.id);
}

export async function addRole(db: WritableDb, name: string): Promise<MatrixRole> {
  const position = (await readRoles(db)).length;
  const { id } = await db
    .insertInto('matrix_roles')
    .values({ name, position, person_role: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findRole(db, id);
}

export async function findRole(db: Db, id: number): Promise<MatrixRole> {
  const role = (await readRoles(db)).find((r) => r.id === id);
  if (!role) throw new TrellisError('NOT_FOUND', 'That role is no longer in the matrix.');
  return role;
}

export async function renameRole(db: WritableDb, id: number, name: string): Promise<MatrixRole> {
  await findRole(db, id);
  await db.updateTable('matrix_roles').set({ name }).where('id', '=', id).execute();
  return findRole(db, id);
}

export async function moveRole(db: WritableDb, id: number, position: number): Promise<MatrixRole[]> {
  await findRole(db, id);
  const order = moveInOrder(
    (await readRoles(db)).map((r) => r.id),
    id,
    position,
  );
  for (const [index, roleId] of order.entries()) {
    await db.updateTable('matrix_roles').set({ position: index }).where('id', '=', roleId).execute();
  }
  return readRoles(db);
}

export async function findColumn(db: Db, id: number): Promise<MatrixColumn> {
  const column = (await readColumns(db)).find((c) => c.id === id);
  if (!column) throw new TrellisError('NOT_FOUND', 'That column is no longer in the matrix.');
  return column;
}

export async function addColumn(db: WritableDb, heading: string): Promise<MatrixColumn> {
  const position = (await readColumns(db)).length;
  const { id } = await db
    .insertInto('matrix_columns')
    .values({ heading, position })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findColumn(db, id);
}

export async function renameColumn(db: WritableDb, id: number, heading: string): Promise<MatrixColumn> {
  await findColumn(db, id);
  await db.updateTable('matrix_columns').set({ heading }).where('id', '=', id).execute();
  return findColumn(db, id);
}

export async function moveColumn(db: WritableDb, id: number, position: number): Promise<MatrixColumn[]> {
  await findColumn(db, id);
  const order = moveInOrder(
    (await readColumns(db)).map((c) => c.id),
    id,
    position,
  );
  for (const [index, columnId] of order.entries()) {
    await db.updateTable('matrix_columns').set({ position: index }).where('id', '=', columnId).execute();
  }
  return readColumns(db);
}
