import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from './archive';
import type { BackupManifest } from './manifest';
import { backupExtension } from './naming';
import type { BackupEntry } from './contract';

export function entryOf(path: string, fileName: string, bytes: number, manifest: BackupManifest): BackupEntry {
  return {
    path,
    fileName,
    bytes,
    createdAt: manifest.createdAt,
    reason: manifest.reason,
    trellisVersion: manifest.trellisVersion,
    schemaVersion: manifest.schemaVersion,
    counts: manifest.counts,
    lastAuditId: manifest.lastAuditId,
  };
}

/**
 * The backups of one database in a folder, newest first. Other databases'
 * backups (a shared USB disk) are not listed; files that cannot be read are
 * named apart, and nothing ever deletes them.
 */
export async function listBackupsIn(
  folder: string,
  databaseId: string,
): Promise<{ backups: BackupEntry[]; unreadable: string[] }> {
  const names = (await fs.readdir(folder)).filter((name) => name.endsWith(backupExtension)).sort();
  const backups: BackupEntry[] = [];
  const unreadable: string[] = [];
  for (const fileName of names) {
    const path = join(folder, fileName);
    try {
      const manifest = await readManifest(path);
      if (manifest.databaseId === databaseId)
        backups.push(entryOf(path, fileName, (await fs.stat(path)).size, manifest));
    } catch {
      unreadable.push(fileName);
    }
  }
  backups.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return { backups, unreadable };
}
