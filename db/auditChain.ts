import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { canonicalJson } from './canonicalJson';
import type { Database } from './schema';

/**
 * The audit log is a hash chain. Each entry stores the hash of the entry
 * before it (`prev_hash`; the first entry links to `genesisHash`) and its own
 * hash: SHA-256 over the canonical JSON of its id, content and `prev_hash`.
 * Changing, removing, reordering or slipping in an entry therefore breaks a
 * link or a hash at that entry, and the newest entry's id and hash (the
 * checkpoint, kept outside the database in the key file and in every
 * backup) show when the end was cut off or the whole log rewritten.
 *
 * The format is frozen: migration 0008 chained existing logs with it. A
 * change (a staff id, a signature) is a new version, with its own tag below.
 */
export const genesisHash = '0'.repeat(64);
const formatTag = 'trellis-audit-v1\n';

/** What an entry's hash covers: every column but the hash itself. */
export interface ChainedContent {
  id: number;
  at: string;
  actor: string;
  operation: string;
  record_type: string;
  record_id: string;
  prev_hash: string;
}

export function auditEntryHash(entry: ChainedContent): string {
  const content = {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    operation: entry.operation,
    recordType: entry.record_type,
    recordId: entry.record_id,
    prev: entry.prev_hash,
  };
  return createHash('sha256').update(formatTag).update(canonicalJson(content)).digest('hex');
}

/** The newest entry's id and hash: what the log must still extend the next time it is opened. */
export interface AuditCheckpoint {
  id: number;
  hash: string;
}

export interface NewAuditEntry {
  at: string;
  actor: string;
  operation: string;
  recordType: string;
  recordId: string;
}

type AuditDb = Kysely<Database> | Transaction<Database>;

export async function lastAuditEntry(db: AuditDb): Promise<AuditCheckpoint | null> {
  const row = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ?? null;
}

/**
 * Appends entries to the chain and returns the new checkpoint. Call it inside
 * the write's transaction (which holds the write lock from its start), so no
 * other writer can append between reading the end and linking onto it. Ids
 * are given here, one after the other, so a gap always means a removal.
 */
export async function appendAuditEntries(db: AuditDb, entries: NewAuditEntry[]): Promise<AuditCheckpoint | null> {
  let last = await lastAuditEntry(db);
  if (entries.length === 0) return last;
  const rows = entries.map((entry) => {
    const content: ChainedContent = {
      id: (last?.id ?? 0) + 1,
      at: entry.at,
      actor: entry.actor,
      operation: entry.operation,
      record_type: entry.recordType,
      record_id: entry.recordId,
      prev_hash: last?.hash ?? genesisHash,
    };
    const hash = auditEntryHash(content);
    last = { id: content.id, hash };
    return { ...content, hash };
  });
  // Inserted in slices: SQLite limits the number of bound values per statement.
  for (let start = 0; start < rows.length; start += 100) {
    await db
      .insertInto('audit_log')
      .values(rows.slice(start, start + 100))
      .execute();
  }
  return last;
}
