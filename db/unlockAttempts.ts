import { TrellisError } from '../electron/common/errors';
import { readKeySlotFile, writeKeySlotFile, type KeySlotFile } from './keySlots';

/**
 * Wrong passphrases in a row are counted in the key file, so quitting and
 * starting again does not reset them. The first five are free; after that
 * each attempt waits twice as long as the one before (30 s, 1 min, 2 min,
 * 4 min), never more than 5 minutes. The recovery key is not limited (160
 * random bits cannot be guessed), and a correct passphrase or recovery key
 * starts the count again. The times of wrong attempts are kept until the next
 * unlock, which records each in the audit log (the database is closed while
 * they happen).
 */
export const freeAttempts = 5;
const firstWaitSeconds = 30;
export const maxWaitSeconds = 300;
/** Enough to show a pattern; a flood of attempts is summed up by the count. */
const keptTimes = 50;

export function waitAfter(inARow: number): number {
  if (inARow < freeAttempts) return 0;
  return Math.min(firstWaitSeconds * 2 ** (inARow - freeAttempts), maxWaitSeconds);
}

/** Refuses with UNLOCK_WAIT (and the seconds left, in `fields.waitSeconds`) while the wait runs. */
export function assertMayTry(file: KeySlotFile, now: Date): void {
  const failures = file.unlockFailures;
  if (!failures) return;
  const until = Date.parse(failures.lastAt) + waitAfter(failures.inARow) * 1000;
  const left = Math.ceil((until - now.getTime()) / 1000);
  if (left <= 0) return;
  throw new TrellisError(
    'UNLOCK_WAIT',
    `That passphrase was wrong ${failures.inARow} times in a row, so Trellis waits before the next try: ${left} ${left === 1 ? 'second' : 'seconds'}. If the passphrase is forgotten, the recovery key works at once.`,
    { waitSeconds: String(left) },
  );
}

export async function recordWrongPassphrase(databasePath: string, now: Date): Promise<void> {
  const file = await readKeySlotFile(databasePath);
  const previous = file.unlockFailures;
  await writeKeySlotFile(databasePath, {
    ...file,
    unlockFailures: {
      inARow: (previous?.inARow ?? 0) + 1,
      lastAt: now.toISOString(),
      unrecorded: [...(previous?.unrecorded ?? []), now.toISOString()].slice(-keptTimes),
    },
  });
}

/** After a successful unlock: starts the count again and hands back the wrong attempts' times to record. */
export async function takeWrongAttempts(databasePath: string): Promise<string[]> {
  const file = await readKeySlotFile(databasePath);
  if (!file.unlockFailures) return [];
  const { unlockFailures, ...rest } = file;
  await writeKeySlotFile(databasePath, rest);
  return unlockFailures.unrecorded;
}
