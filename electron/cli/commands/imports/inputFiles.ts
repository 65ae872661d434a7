import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from '../../io';
import { CliError } from '../../failures';

/**
 * The files an import command is given, checked before the passphrase is
 * asked for, so a typo costs nothing. Reading the spreadsheet itself (and
 * refusing protected, legacy or damaged files) is the core's work.
 */
export function spreadsheetPath(io: CliIo, file: string): string {
  const path = resolve(io.cwd, file);
  if (!existsSync(path))
    throw new CliError('FILE_NOT_FOUND', `Could not find ${path}. Check the file name and folder.`);
  if (statSync(path).isDirectory())
    throw new CliError('FILE_UNREADABLE', `${path} is a folder. Give the spreadsheet file itself.`);
  return path;
}

function readJsonObject(io: CliIo, file: string, what: string): Record<string, unknown> {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError('FILE_UNREADABLE', `Could not read the ${what} file ${path}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CliError('VALIDATION', `The ${what} file ${path} is not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CliError('VALIDATION', `The ${what} file ${path} must hold one JSON object.`);
  return value as Record<string, unknown>;
}

/**
 * `--mapping FILE.json`: `{"column heading": "field or question:<key>"}`, the
 * same shape `trellis import list --json` shows for earlier imports.
 */
export function readMappingFile(io: CliIo, file: string): Record<string, string> {
  const mapping = readJsonObject(io, file, 'mapping');
  const wrong = Object.entries(mapping).find(([, target]) => typeof target !== 'string' || target.trim() === '');
  if (wrong)
    throw new CliError(
      'VALIDATION',
      `In the mapping file, “${wrong[0]}” must map to a field name (such as "email") or "question:<key>" or "ignore".`,
    );
  return mapping as Record<string, string>;
}

/**
 * `--codebook FILE.json`: `{"column": {"code": "label"}}`, or REDCap's own
 * choices text `"1, Yes | 0, No"`; a checkbox group is given by its column stem.
 */
export function readCodebookFile(io: CliIo, file: string): Record<string, string | Record<string, string | number>> {
  const codebook = readJsonObject(io, file, 'codebook');
  for (const [column, codes] of Object.entries(codebook)) {
    const valid =
      typeof codes === 'string' ||
      (typeof codes === 'object' &&
        codes !== null &&
        !Array.isArray(codes) &&
        Object.values(codes).every((label) => typeof label === 'string' || typeof label === 'number'));
    if (!valid)
      throw new CliError(
        'VALIDATION',
        `In the codebook file, “${column}” must be an object of code → label, such as {"1": "Yes"}, or REDCap's "1, Yes | 0, No".`,
      );
  }
  return codebook as Record<string, string | Record<string, string | number>>;
}
