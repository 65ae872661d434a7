import { existsSync, promises as fs, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import {
  fileWriteError,
  moveIntoPlace,
  removeAbandonedTemporaries,
  temporaryPathBeside,
  writeTemporaryBeside,
} from '../../../db/atomicFile';
import { keySlotPath, readKeySlotFile } from '../../../db/keySlots';
import { snapshotInto } from '../../../db/snapshot';
import type { OpenDatabase } from '../../../db/vault';
import { backupArchive, sha256Of, sha256OfFile } from './archive';
import type { BackupEntry } from './contract';
import { entryOf } from './list';
import { backupFormat, backupFormatVersion, memberNames, type BackupManifest, type BackupReason } from './manifest';
import { backupExtension, backupFileName } from './naming';

export type BackupTarget = { folder: string } | { file: string };

/**
 * Takes one backup of the open records:
 * 1. a snapshot with `VACUUM INTO` beside the database (encrypted like it);
 * 2. the key file as it is now, and a manifest with checksums and counts;
 * 3. the zip written under a temporary name in the target folder, fsynced,
 *    then renamed — a kill leaves no half-written backup that looks good.
 */
export async function createBackup(
  database: OpenDatabase,
  target: BackupTarget,
  reason: BackupReason,
  at: Date,
  signal?: AbortSignal,
): Promise<BackupEntry> {
  const folder = 'folder' in target ? target.folder : dirname(target.file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw fileWriteError({ code: 'ENOENT' }, folder);
  removeAbandonedTemporaries(folder);
  removeAbandonedTemporaries(dirname(database.path));

  const copy = temporaryPathBeside(database.path);
  try {
    const summary = await snapshotInto(database, copy);
    signal?.throwIfAborted();
    const keyFile = await fs.readFile(keySlotPath(database.path));
    const { databaseId } = await readKeySlotFile(database.path);
    const bytes = (await fs.stat(copy)).size;
    const manifest: BackupManifest = {
      format: backupFormat,
      version: backupFormatVersion,
      trellisVersion: packageJson.version,
      schemaVersion: summary.schemaVersion,
      databaseId,
      createdAt: at.toISOString(),
      reason,
      members: {
        [memberNames.database]: { sha256: await sha256OfFile(copy, signal), bytes },
        [memberNames.keys]: { sha256: sha256Of(keyFile), bytes: keyFile.length },
      },
      counts: summary.counts,
      lastAuditId: summary.lastAuditId,
      auditCheckpoint:
        summary.lastAuditId !== null && summary.lastAuditHash !== null
          ? { id: summary.lastAuditId, hash: summary.lastAuditHash }
          : null,
    };
    const path = 'folder' in target ? freeName(folder, database.path, at) : target.file;
    const archive = backupArchive({ path: copy, bytes }, keyFile, manifest);
    const temporary = await writeTemporaryBeside(path, abortable(archive, signal));
    await moveIntoPlace(temporary, path, false);
    return entryOf(path, basename(path), (await fs.stat(path)).size, manifest);
  } catch (error) {
    throw error instanceof Error && error.name === 'AbortError' ? error : fileWriteError(error, folder);
  } finally {
    await fs.rm(copy, { force: true });
  }
}

async function* abortable(stream: AsyncIterable<unknown>, signal?: AbortSignal): AsyncIterable<Uint8Array> {
  for await (const chunk of stream) {
    signal?.throwIfAborted();
    yield chunk as Uint8Array;
  }
}

function freeName(folder: string, databasePath: string, at: Date): string {
  for (let attempt = 1; ; attempt++) {
    const path = join(folder, backupFileName(databasePath, at, attempt));
    if (!existsSync(path)) return path;
  }
}

/** A --to that names a folder gets a dated file in it; anything else is the file itself. */
export function targetFor(path: string): BackupTarget {
  if (existsSync(path) && statSync(path).isDirectory()) return { folder: path };
  return { file: path.endsWith(backupExtension) ? path : `${path}${backupExtension}` };
}
