import { promises as fs } from 'node:fs';
import { listBackupsIn } from './list';
import { backupsToKeep } from './retention';

/** Applies the retention rule to one database's backups in the backups folder; returns the files removed. */
export async function applyRetention(folder: string, databaseId: string, now: Date): Promise<string[]> {
  const { backups } = await listBackupsIn(folder, databaseId);
  const { remove } = backupsToKeep(backups, now);
  for (const backup of remove) await fs.rm(backup.path, { force: true });
  return remove.map((b) => b.fileName);
}
