import { basename } from 'node:path';

/** Backups end in this, so the system shows them as one kind of file and a folder listing finds them. */
export const backupExtension = '.trellisbackup';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * `Trellis 2026-12-05 1430.trellisbackup`, in the computer's local time (the
 * time people read). A database other than the app's own `trellis.db` adds
 * its name, so backups of two databases in one folder are told apart.
 */
export function backupFileName(databasePath: string, at: Date, attempt = 1): string {
  const stem = basename(databasePath).replace(/\.db$/i, '');
  const name = stem.toLowerCase() === 'trellis' ? 'Trellis' : `Trellis ${stem}`;
  const stamp = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}${two(at.getMinutes())}`;
  return `${name} ${stamp}${attempt > 1 ? ` (${attempt})` : ''}${backupExtension}`;
}
