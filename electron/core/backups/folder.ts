import { dirname, isAbsolute, join } from 'node:path';
import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';

/** The row in `settings` holding the folder the office chose; absent means the default. */
export const backupsFolderKey = 'backups_folder';

/** Beside the database, in the user-data folder: always there, though not safe from a dead disk. */
export function defaultBackupsFolder(databasePath: string): string {
  return join(dirname(databasePath), 'Backups');
}

export async function readBackupsFolder(
  db: ReadableDb,
  databasePath: string,
): Promise<{ folder: string; chosen: boolean }> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', backupsFolderKey).executeTakeFirst();
  return row ? { folder: row.value, chosen: true } : { folder: defaultBackupsFolder(databasePath), chosen: false };
}

export async function writeBackupsFolder(db: WritableDb, folder: string | null, at: Date): Promise<void> {
  if (folder === null) {
    await db.deleteFrom('settings').where('key', '=', backupsFolderKey).execute();
    return;
  }
  if (!isAbsolute(folder))
    throw new TrellisError('VALIDATION', 'Choose a whole folder path.', { path: 'Choose a whole folder path.' });
  const stamp = at.toISOString();
  await db
    .insertInto('settings')
    .values({ key: backupsFolderKey, value: folder, updated_at: stamp })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: folder, updated_at: stamp }))
    .execute();
}
