import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { TrellisError } from '../electron/common/errors';
import { syncFolderSync, writeFileAtomicSync } from './atomicFile';
import { checkpoint } from './connection';
import { keySlotPath } from './keySlots';
import type { OpenDatabase } from './vault';

/**
 * Putting restored records in place of the current ones. The new database
 * (and, when its key differs, its key file) is written completely beside the
 * current files first; then a small journal lists the renames, and they are
 * done in order. A crash part-way is finished the next time the records are
 * opened (`finishInterruptedSwap`), so the folder always ends with either the
 * records as they were or the restored ones, never a mix.
 */

const sqliteCompanions = ['-wal', '-shm', '-journal'];

/** Where the records as they were before a restore are kept, for "Undo restore". */
export function setAsidePath(path: string): string {
  return `${path}.before-restore`;
}

function journalPath(path: string): string {
  return `${path}.swap`;
}

interface Step {
  from: string;
  to: string;
}

interface Journal {
  /** The swap is complete once this file (the incoming database) has been renamed into place. */
  incoming: string;
  steps: Step[];
}

export interface Incoming {
  /** A complete, closed, fsynced database file beside `path`. */
  database: string;
  /** A complete key file beside it, or null to keep today's (the restored database uses the same key). */
  keys: string | null;
}

/**
 * Swaps `incoming` into `path`. With `setAside`, the current files are kept
 * under setAsidePath(path) (its key file copied) for an undo; without, they
 * are replaced (the caller has backed them up).
 */
export function swapInDatabase(path: string, incoming: Incoming, options: { setAside: boolean }): void {
  const aside = setAsidePath(path);
  const steps: Step[] = [];
  if (options.setAside) {
    for (const suffix of ['', ...sqliteCompanions])
      if (existsSync(path + suffix)) steps.push({ from: path + suffix, to: aside + suffix });
    if (existsSync(keySlotPath(path))) {
      // Copied, not moved: today's key file may stay in use.
      copyFileSync(keySlotPath(path), keySlotPath(aside));
      syncFolderSync(dirname(path));
    }
  } else {
    for (const suffix of sqliteCompanions) rmSync(path + suffix, { force: true });
  }
  if (incoming.keys) steps.push({ from: incoming.keys, to: keySlotPath(path) });
  steps.push({ from: incoming.database, to: path });
  const journal: Journal = { incoming: incoming.database, steps };
  writeFileAtomicSync(journalPath(path), Buffer.from(JSON.stringify(journal)), { replace: true });
  runJournal(path, journal);
}

/** Completes a swap a crash interrupted; does nothing when there is none. Safe to call at every open. */
export function finishInterruptedSwap(path: string): void {
  const journal = journalPath(path);
  if (!existsSync(journal)) return;
  let parsed: Journal;
  try {
    parsed = JSON.parse(readFileSync(journal, 'utf8')) as Journal;
  } catch {
    // The journal is written atomically, so an unreadable one was never started.
    rmSync(journal, { force: true });
    return;
  }
  runJournal(path, parsed);
}

function runJournal(path: string, journal: Journal): void {
  // Each step is done if its source is still there: a step already done has moved its source away,
  // and none can repeat wrongly while the incoming database (the last step's source) is not yet in place.
  if (existsSync(journal.incoming)) {
    for (const step of journal.steps) if (existsSync(step.from)) renameSync(step.from, step.to);
  }
  syncFolderSync(dirname(path));
  rmSync(journalPath(path), { force: true });
}

/**
 * Closes the current database for a swap. Leaving WAL mode needs every other
 * connection gone, so it tells whether the app and a command (or two
 * windows) have the records open at once: then nothing is swapped.
 */
export async function closeForSwap(database: OpenDatabase): Promise<void> {
  checkpoint(database.sqlite);
  let mode: unknown;
  try {
    mode = database.sqlite.pragma('journal_mode = DELETE', { simple: true });
  } catch {
    mode = 'busy';
  }
  if (mode !== 'delete') {
    throw new TrellisError(
      'DATABASE_IN_USE',
      'These records are open somewhere else too (the Trellis app or a trellis command). Close it there first, then try again; nothing was changed.',
    );
  }
  await database.close();
}
