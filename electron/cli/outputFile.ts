import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
  return new CliError('FILE_UNWRITABLE', `Could not write ${path}: its folder does not exist.`);
}

export function writeOutputFile(path: string, bytes: Uint8Array, force: boolean): void {
  try {
    // 'wx' fails if the file appeared meanwhile, so nothing is overwritten without --force.
    writeFileSync(path, bytes, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyThere(path);
    if (code === 'ENOENT') throw noFolder(path);
    if (code === 'EACCES' || code === 'EPERM')
      throw new CliError('FILE_UNWRITABLE', `Could not write ${path}: permission denied.`);
    if (code === 'EISDIR')
      throw new CliError('FILE_UNWRITABLE', `Could not write ${path}: it is a folder. Give a file name.`);
    throw new CliError('FILE_UNWRITABLE', `Could not write ${path} (${code ?? 'unknown error'}).`);
  }
}
