import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  promises as fs,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
  existsSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TrellisError } from '../electron/common/errors';

/**
 * Every file Trellis writes (backups, exports, documents, the key file) is
 * written to a temporary name beside its target, fsynced, then renamed, and
 * created owner-only. A crash or a kill leaves either the old file or the new
 * one, never a truncated one. This lives in db/ because it is the lowest
 * layer allowed to touch the disk; the key file, the core and the command
 * line all use it.
 */

export const ownerOnly = 0o600;

const temporaryPattern = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;

/** A hidden name in the same folder (so the rename stays on one disk), marked with our process id. */
export function temporaryPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

export type FileContent = Uint8Array | string | AsyncIterable<Uint8Array>;

/** Writes `content` to a new temporary file beside `path` and fsyncs it; returns its name. */
export async function writeTemporaryBeside(path: string, content: FileContent): Promise<string> {
  const temporary = temporaryPathBeside(path);
  const handle = await fs.open(temporary, 'wx', ownerOnly);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
    else for await (const chunk of content) await handle.write(chunk);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  return temporary;
}

/** For a file another library wrote to a temporary name (exceljs): owner-only and on disk before its rename. */
export async function sealFile(path: string): Promise<void> {
  await fs.chmod(path, ownerOnly);
  const handle = await fs.open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Renames a finished temporary file onto its target and makes the rename durable. */
export async function moveIntoPlace(temporary: string, path: string, replace: boolean): Promise<void> {
  try {
    if (replace) await fs.rename(temporary, path);
    else renameWithoutReplacing(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

export async function writeFileAtomic(
  path: string,
  content: FileContent,
  options: { replace: boolean },
): Promise<void> {
  await moveIntoPlace(await writeTemporaryBeside(path, content), path, options.replace);
}

/** The same for callers that are synchronous (the command line's last step). */
export function writeFileAtomicSync(path: string, bytes: Uint8Array, options: { replace: boolean }): void {
  moveFileIntoPlaceSync(writeTemporaryBesideSync(path, bytes), path, options.replace);
}

export function moveFileIntoPlaceSync(temporary: string, path: string, replace: boolean): void {
  try {
    if (replace) renameSync(temporary, path);
    else renameWithoutReplacing(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolderSync(dirname(path));
}

export function writeTemporaryBesideSync(path: string, bytes: Uint8Array): string {
  const temporary = temporaryPathBeside(path);
  const fd = openSync(temporary, 'wx', ownerOnly);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  return temporary;
}

/**
 * A hard link fails if the target exists, so a file that appeared meanwhile is
 * never replaced. Disks without hard links (FAT USB sticks, some network
 * shares) fall back to checking first.
 */
function renameWithoutReplacing(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT' || code === 'ENOSPC') throw error;
    if (existsSync(path)) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
    renameSync(temporary, path);
    return;
  }
  rmSync(temporary, { force: true });
}

/** fsync of the folder makes a rename survive a power cut; Windows cannot open a folder, and needs no such step. */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not possible on this system; the rename is still atomic.
  }
}

export function syncFolderSync(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // As above.
  }
}

/** Removes temporary files left in `folder` by writers that died (their process is gone). */
export function removeAbandonedTemporaries(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = temporaryPattern.exec(name);
    if (match && !processIsAlive(Number(match[1]))) rmSync(join(folder, name), { force: true, recursive: true });
  }
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A file-system failure in words a person can act on. The codes let the UI
 * tell a full disk from a missing folder; the message never holds records.
 */
export function fileWriteError(error: unknown, path: string): TrellisError {
  if (error instanceof TrellisError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new TrellisError(
        'DISK_FULL',
        `There is not enough space to write ${path}. Free some space and try again.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new TrellisError(
        'FOLDER_MISSING',
        `The folder for ${path} is not there (a disk that is not connected?). Connect it or choose another folder.`,
      );
    case 'EEXIST':
      return new TrellisError('FILE_EXISTS', `${path} already exists. Choose another name.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new TrellisError('FILE_NOT_WRITABLE', `Trellis is not allowed to write ${path}. Choose another place.`);
    default:
      return new TrellisError('FILE_NOT_WRITABLE', `Could not write ${path} (${code ?? 'unknown error'}).`);
  }
}
