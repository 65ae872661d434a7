import { writeFileSync } from 'node:fs';
import { CliError } from './failures';

/** Commands that write files (exports, PDFs) refuse to replace one unless asked to, with the same words. */
export function alreadyThere(path: string): CliError {
  return new CliError(`${path} already exists. Choose another --out file, or add --force to replace it.`);
}

export function noFolder(path: string): CliError {
  return new CliError(`Could not write ${path}: its folder does not exist.`);
}

/** Writes `bytes` to `path`; without `force`, fails if the file exists, also if it appeared a moment ago. */
export function writeOutputFile(path: string, bytes: Uint8Array, force: boolean): void {
  try {
    // 'wx' fails if the file appeared meanwhile, so nothing is overwritten without --force.
    writeFileSync(path, bytes, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyThere(path);
    if (code === 'ENOENT') throw noFolder(path);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`Could not write ${path}: permission denied.`);
    if (code === 'EISDIR') throw new CliError(`Could not write ${path}: it is a folder. Give a file name.`);
    throw new CliError(`Could not write ${path} (${code ?? 'unknown error'}).`);
  }
}
