import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { moveFileIntoPlaceSync, writeFileAtomicSync, writeTemporaryBesideSync } from '../core';
import type { CliContext } from './command';
import { CliError } from './failures';

/**
 * Where an exported file goes: --out resolved against the working folder,
 * checked before the passphrase is asked for (the folder exists; the file
 * does not, unless --force), and checked again when writing.
 */
export function outputPath(cli: CliContext, out: string, force: boolean): string {
  const path = resolve(cli.io.cwd, out);
  if (!force && existsSync(path)) throw alreadyThere(path);
  if (!existsSync(dirname(path))) throw noFolder(path);
  return path;
}

export function alreadyThere(path: string): CliError {
  return new CliError(
    'FILE_EXISTS',
    `${path} already exists. Choose another --out file, or add --force to replace it.`,
  );
}

export function noFolder(path: string): CliError {
  return new CliError('FOLDER_MISSING', `Could not write ${path}: its folder does not exist.`);
}

/**
 * Writes to a temporary name beside the file, fsyncs, then renames, owner-only
 * (0600): a kill mid-way leaves the old file (with --force) or none, never a
 * truncated one. Without --force a file that appeared meanwhile is not replaced.
 */
export function writeOutputFile(path: string, bytes: Uint8Array, force: boolean): void {
  try {
    writeFileAtomicSync(path, bytes, { replace: force });
  } catch (error) {
    throw writeFailure(error, path);
  }
}

/**
 * A set of files (one per nominee): every file is written under a temporary
 * name first and renamed only when all are written, so a failure or a kill
 * while writing leaves none of the new set.
 */
export function writeOutputFiles(files: { path: string; bytes: Uint8Array }[], force: boolean): void {
  const staged: { temporary: string; path: string }[] = [];
  try {
    for (const file of files)
      staged.push({ temporary: writeTemporaryBesideSync(file.path, file.bytes), path: file.path });
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw writeFailure(error, files[staged.length]?.path ?? '');
  }
  // Checked once more now that all are ready, so a refusal still leaves no partial set.
  if (!force) for (const { path } of staged) if (existsSync(path)) throw discard(staged, alreadyThere(path));
  for (const [index, { temporary, path }] of staged.entries()) {
    try {
      moveFileIntoPlaceSync(temporary, path, force);
    } catch (error) {
      throw discard(staged.slice(index + 1), writeFailure(error, path));
    }
  }
}

function discard(staged: { temporary: string }[], error: CliError): CliError {
  for (const { temporary } of staged) rmSync(temporary, { force: true });
  return error;
}

function writeFailure(error: unknown, path: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return alreadyThere(path);
  if (code === 'ENOENT') return noFolder(path);
  if (code === 'EACCES' || code === 'EPERM')
    return new CliError('FILE_NOT_WRITABLE', `Could not write ${path}: permission denied.`);
  if (code === 'EISDIR')
    return new CliError('FILE_NOT_WRITABLE', `Could not write ${path}: it is a folder. Give a file name.`);
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new CliError('DISK_FULL', `Could not write ${path}: the disk is full. Free some space and try again.`);
  return new CliError('FILE_NOT_WRITABLE', `Could not write ${path} (${code ?? 'unknown error'}).`);
}
