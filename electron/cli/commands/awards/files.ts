import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { LetterKind } from '../../../core/awards/contract';
import { CliError } from '../../failures';

/** Files named on the command line, read before the database is opened so a typo costs nothing. */

function read(cwd: string, file: string): Buffer {
  const path = resolve(cwd, file);
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('FILE_NOT_FOUND', `Could not read ${path}: there is no such file.`);
    if (code === 'EISDIR')
      throw new CliError('FILE_UNREADABLE', `Could not read ${path}: it is a folder. Give a file name.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new CliError('FILE_UNREADABLE', `Could not read ${path}: permission denied.`);
    throw new CliError('FILE_UNREADABLE', `Could not read ${path} (${code ?? 'unknown error'}).`);
  }
}

export function readTextFile(cwd: string, file: string): string {
  return read(cwd, file).toString('utf8');
}

/** A letter as `awards.letters.add` takes it: the same path as an upload in the app. */
export function readLetterFile(cwd: string, file: string, kind: LetterKind) {
  const fileName = basename(file);
  return {
    kind,
    title: kind === 'cv' ? 'Curriculum vitae' : fileName.replace(/\.pdf$/i, ''),
    fileName,
    base64: read(cwd, file).toString('base64'),
  };
}
