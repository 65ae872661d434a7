import type { WritableDb } from '../../../db/handles';
import defaultMatrix from '../../../resources/matrix/default-matrix.json';
import type { PersonRole } from './contract';

/** Which default rows describe a mentoring role a person can hold. */
const defaultPersonRoles: Record<string, PersonRole> = {
  Mentor: 'mentor',
  Mentee: 'mentee',
  Sponsor: 'sponsor',
  'Mid-Career Colleagues/Peer Mentors': 'peer',
};

const seededSetting = 'matrix.defaultsLoaded';

/** Writes the default matrix (resources/matrix/default-matrix.json) into empty matrix tables. */
export async function loadDefaultMatrix(db: WritableDb): Promise<void> {
  const columnIds: Record<string, number> = {};
  for (const [position, column] of defaultMatrix.columns.entries()) {
    const { id } = await db
      .insertInto('matrix_columns')
      .values({ heading: column.heading, position })
      .returning('id')
      .executeTakeFirstOrThrow();
    columnIds[column.key] = id;
  }
  for (const [position, role] of defaultMatrix.roles.entries()) {
    const { id: roleId } = await db
      .insertInto('matrix_roles')
      .values({ name: role.name, position, person_role: defaultPersonRoles[role.name] ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = Object.entries(role.responsibilities).flatMap(([key, texts]) =>
      texts.map((text, index) => ({ role_id: roleId, column_id: columnIds[key]!, text, position: index })),
    );
    if (rows.length > 0) await db.insertInto('matrix_responsibilities').values(rows).execute();
  }
}

/**
 * A new database starts with the program framework's matrix. Done once, on
 * first unlock; afterwards the office's edits are theirs (even deleting all).
 */
export async function ensureDefaultMatrix(db: WritableDb, today: Date): Promise<void> {
  const done = await db.selectFrom('settings').select('key').where('key', '=', seededSetting).executeTakeFirst();
  if (done) return;
  await db.transaction().execute(async (trx) => {
    await loadDefaultMatrix(trx);
    await trx
      .insertInto('settings')
      .values({ key: seededSetting, value: 'true', updated_at: today.toISOString() })
      .execute();
  });
}

/** Deletes the whole matrix (and with it program statuses and holders) and loads the defaults again. */
export async function resetMatrix(db: WritableDb): Promise<void> {
  await db.deleteFrom('matrix_responsibilities').execute();
  await db.deleteFrom('matrix_roles').execute();
  await db.deleteFrom('matrix_columns').execute();
  await loadDefaultMatrix(db);
}
