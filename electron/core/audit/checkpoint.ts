import { appendAuditEntries, lastAuditEntry, type AuditCheckpoint } from '../../../db/auditChain';
import { readAuditCheckpoint, saveAuditCheckpoint } from '../../../db/auditCheckpoint';
import type { OpenDatabase } from '../../../db/vault';

/** The operation named in the audit entry that records a log found short of its checkpoint. */
export const checkpointMismatchOperation = 'audit.checkpointMismatch';

/**
 * At every unlock the audit log must extend the checkpoint kept in the key
 * file: the entry it names is still there, with the same hash.
 *
 * When it does not, the records still open, with a warning, and the finding
 * becomes an audit entry of its own. Refusing to open would lock the office
 * out of its records over something that also happens innocently (the
 * database file put back from a copy without its key file), and anyone able
 * to edit the files could use it to lock everyone out. Recording it in the
 * chain instead keeps the evidence: `audit verify` lists every such unlock.
 * The checkpoint then moves to the log's new end, so the warning is given
 * once, and what follows is protected again.
 */
export async function checkAuditAtOpen(
  database: OpenDatabase,
  entry: { actor: string; at: string },
  options: { reset?: boolean } = {},
): Promise<string | null> {
  const checkpoint = options.reset ? null : await readAuditCheckpoint(database.path);
  const problem = checkpoint ? await checkpointProblem(database, checkpoint) : null;
  let last = await lastAuditEntry(database.kysely);
  if (problem && checkpoint) {
    last = await database.kysely.transaction().execute((trx) =>
      appendAuditEntries(trx, [
        {
          ...entry,
          operation: checkpointMismatchOperation,
          recordType: 'audit_log',
          recordId: String(checkpoint.id),
        },
      ]),
    );
  }
  if (last) await saveAuditCheckpoint(database.path, last, { reset: options.reset || problem !== null });
  return problem;
}

async function checkpointProblem(database: OpenDatabase, checkpoint: AuditCheckpoint): Promise<string | null> {
  const row = await database.kysely
    .selectFrom('audit_log')
    .select('hash')
    .where('id', '=', checkpoint.id)
    .executeTakeFirst();
  if (row?.hash === checkpoint.hash) return null;
  const detail = row
    ? `entry #${checkpoint.id} is not the one Trellis wrote there`
    : `it ends before entry #${checkpoint.id}, the last one Trellis wrote`;
  return `The audit log is not as Trellis left it: ${detail}. The records are open and this was noted in the audit log. Check it with Settings › Audit › Verify (or "trellis audit verify"), and tell whoever looks after the office's records.`;
}
