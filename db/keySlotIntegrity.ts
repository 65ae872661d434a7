import { createHash } from 'node:crypto';
import { TrellisError } from '../electron/common/errors';
import { canonicalJson } from './canonicalJson';

/**
 * Two guards for the key file that do not depend on its version, so a later
 * format (per-staff slots) carries them over unchanged:
 *
 * - A checksum over the whole file, so a damaged key file says it is damaged
 *   instead of "wrong passphrase" (staff would think they forgot it).
 * - Bounds on the key-derivation settings read from the file, so an altered
 *   file cannot make an unlock take minutes and gigabytes before failing.
 */

export function keyFileChecksum(file: object): string {
  const { checksum: _ignored, ...rest } = file as { checksum?: unknown };
  return `sha256:${createHash('sha256').update(canonicalJson(rest)).digest('hex')}`;
}

export function withChecksum<T extends object>(file: T): T & { checksum: string } {
  return { ...file, checksum: keyFileChecksum(file) };
}

/**
 * Checks a parsed key file. Files written before the checksum existed have
 * none; they are accepted only if they hold exactly the fields such a file
 * had (`legacyShape`), so a byte changed in the word "checksum" itself is
 * still caught.
 */
export function verifyKeyFileChecksum(parsed: Record<string, unknown>, legacyShape: () => boolean, path: string): void {
  if (typeof parsed.checksum === 'string') {
    if (parsed.checksum === keyFileChecksum(parsed)) return;
  } else if (!('checksum' in parsed) && legacyShape()) return;
  throw keyFileDamaged(path);
}

export function keyFileDamaged(path: string): TrellisError {
  return new TrellisError(
    'KEYSLOTS_DAMAGED',
    `The key file ${path} is damaged or is not a Trellis key file. Your passphrase is not the problem: restore the key file (or the whole set of records) from a backup.`,
  );
}

export interface ScryptSettings {
  N: number;
  r: number;
  p: number;
}

/**
 * The heaviest setting Trellis will run: twice the memory of the passphrase
 * default (2^17 × 8 × 128 bytes = 128 MiB) and at most 4 lanes. Anything
 * above was not written by Trellis.
 */
export const kdfBounds = { minN: 2 ** 10, maxMemoryBytes: 256 * 1024 * 1024, maxR: 32, maxP: 4 } as const;

export function scryptMemoryBytes({ N, r }: ScryptSettings): number {
  return 128 * N * r;
}

export function assertKdfWithinBounds(settings: ScryptSettings, path: string): void {
  const { N, r, p } = settings;
  const sound =
    Number.isSafeInteger(N) &&
    Number.isSafeInteger(r) &&
    Number.isSafeInteger(p) &&
    N >= kdfBounds.minN &&
    (N & (N - 1)) === 0 &&
    r >= 1 &&
    r <= kdfBounds.maxR &&
    p >= 1 &&
    p <= kdfBounds.maxP &&
    scryptMemoryBytes(settings) <= kdfBounds.maxMemoryBytes;
  if (!sound) {
    throw new TrellisError(
      'KEYSLOTS_KDF_OUT_OF_BOUNDS',
      `The key file ${path} asks for key-derivation settings far outside what Trellis writes, so it was not tried: the file has been altered. Restore the key file from a backup.`,
    );
  }
}
