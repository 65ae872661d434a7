import type { AuditCheckpoint } from './auditChain';
import { readKeySlotFile, writeKeySlotFile } from './keySlots';

/**
 * The audit checkpoint lives in the key file: outside the database, so
 * whoever edits the database's audit table does not edit it in the same
 * stroke, and copied with the database whenever both files are (as the
 * README asks). It is written after each write commits; a checkpoint that
 * lags behind the log (a crash in between, another process's write) is
 * harmless, because the log still extends it.
 */

export async function readAuditCheckpoint(databasePath: string): Promise<AuditCheckpoint | null> {
  return (await readKeySlotFile(databasePath)).auditCheckpoint ?? null;
}

/** Writes to one key file, one after the other within this process. */
const queues = new Map<string, Promise<void>>();

/**
 * Records `checkpoint` in the key file beside `databasePath`. The file is read
 * again just before it is written (so slots another process wrote are kept),
 * then written to a temporary name and renamed. A checkpoint older than the
 * one already there is left out, unless `reset` (a restore puts an older log
 * in place on purpose).
 */
export function saveAuditCheckpoint(
  databasePath: string,
  checkpoint: AuditCheckpoint,
  options: { reset?: boolean } = {},
): Promise<void> {
  const previous = queues.get(databasePath) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const file = await readKeySlotFile(databasePath);
      const current = file.auditCheckpoint;
      if (current && !options.reset) {
        if (current.id > checkpoint.id) return;
        if (current.id === checkpoint.id && current.hash === checkpoint.hash) return;
      }
      await writeKeySlotFile(databasePath, { ...file, auditCheckpoint: { id: checkpoint.id, hash: checkpoint.hash } });
    });
  queues.set(databasePath, next);
  const forget = () => {
    if (queues.get(databasePath) === next) queues.delete(databasePath);
  };
  next.then(forget, forget);
  return next;
}
