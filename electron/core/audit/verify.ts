import { auditEntryHash, genesisHash, type AuditCheckpoint, type ChainedContent } from '../../../db/auditChain';
import type { AuditFinding } from './contract';

export interface ChainedRow extends ChainedContent {
  hash: string;
}

/**
 * Walks the whole log in id order and names the first entry that is not as
 * Trellis wrote it. At each entry two things are checked: the link (its
 * `prev_hash` is the hash of the entry before) and its own hash. A broken
 * link tells what happened by where it points:
 * - to the entry two back: the entry in between was slipped in (forged);
 * - to another entry still in the log: entries were reordered;
 * - to no entry at all: the entry before it was removed.
 * At the end, the log must reach the checkpoint kept outside the database.
 */
export function findFirstProblem(rows: ChainedRow[], checkpoint: AuditCheckpoint | null): AuditFinding | null {
  const idOf = new Map<string, number>([[genesisHash, 0]]);
  for (const row of rows) idOf.set(row.hash, row.id);

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const before = i > 0 ? rows[i - 1]! : null;
    const expectedPrev = before?.hash ?? genesisHash;
    if (row.prev_hash !== expectedPrev) {
      const twoBack = i > 1 ? rows[i - 2]!.hash : genesisHash;
      if (before && row.prev_hash === twoBack) return forged(before.id);
      const linkedTo = idOf.get(row.prev_hash);
      if (linkedTo === undefined) return removed(before ? before.id + 1 : 1, row.id);
      // Moved, not altered: it still hashes with the number it had after the entry it links to.
      return auditEntryHash({ ...row, id: linkedTo + 1 }) === row.hash ? reordered(row.id) : changed(row.id);
    }
    if (auditEntryHash(row) !== row.hash) return changed(row.id);
    if (before && row.id !== before.id + 1) return removed(before.id + 1, row.id);
  }

  if (!checkpoint) return null;
  const last = rows.at(-1);
  if (!last || last.id < checkpoint.id) return cutOff(last ? last.id + 1 : 1, checkpoint.id);
  const atCheckpoint = rows[rows.length - 1 - (last.id - checkpoint.id)];
  if (atCheckpoint?.id !== checkpoint.id || atCheckpoint.hash !== checkpoint.hash) return rewritten(checkpoint.id);
  return null;
}

const changed = (id: number): AuditFinding => ({
  problem: 'changed',
  id,
  message: `Audit entry #${id} was changed after it was written: its content no longer matches its fingerprint.`,
});

const removed = (id: number, nextId: number): AuditFinding => ({
  problem: 'removed',
  id,
  message:
    id < nextId
      ? `Audit entry #${id} was removed: entry #${nextId} follows an entry that is no longer there.`
      : `An audit entry just before #${id} was removed (and the numbers after it changed to hide the gap).`,
});

const reordered = (id: number): AuditFinding => ({
  problem: 'reordered',
  id,
  message: `Audit entry #${id} is out of place: entries were moved around after they were written.`,
});

const forged = (id: number): AuditFinding => ({
  problem: 'forged',
  id,
  message: `Audit entry #${id} was not written by Trellis: it was slipped in between two entries afterwards.`,
});

const cutOff = (id: number, checkpointId: number): AuditFinding => ({
  problem: 'cut-off',
  id,
  message:
    id === checkpointId
      ? `The audit log was cut off: its last entry, #${id}, was removed.`
      : `The audit log was cut off: entries #${id} to #${checkpointId}, the last ones Trellis wrote, were removed.`,
});

const rewritten = (id: number): AuditFinding => ({
  problem: 'rewritten',
  id,
  message: `Audit entry #${id} is not the one Trellis last wrote there: the log was rewritten up to that entry.`,
});
