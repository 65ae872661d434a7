import type { ReadableDb } from '../../../db/handles';
import { paged } from '../paged';
import type { AuditEntry, auditListInput } from './contract';
import type { z } from 'zod';

/** The audit entries matching every filter given, newest first, one page at a time (indexes on actor, operation, at). */
export function listAuditEntries(db: ReadableDb, filters: z.output<typeof auditListInput>) {
  let query = db.selectFrom('audit_log').select(['id', 'at', 'actor', 'operation', 'record_type', 'record_id']);
  if (filters.actor) query = query.where('actor', '=', filters.actor);
  if (filters.operation) {
    const operation = filters.operation;
    query = operation.includes('.')
      ? query.where('operation', '=', operation)
      : query.where((eb) => eb.or([eb('operation', '=', operation), eb('operation', 'like', `${operation}.%`)]));
  }
  if (filters.recordType) query = query.where('record_type', '=', filters.recordType);
  if (filters.recordId) query = query.where('record_id', '=', filters.recordId);
  // Entries carry full UTC times; a day's entries are those from its start to the next day's.
  if (filters.since) query = query.where('at', '>=', filters.since);
  if (filters.until) query = query.where('at', '<', `${filters.until}T99`);
  return paged(
    query,
    filters,
    (q) => q.orderBy('id', 'desc'),
    (row): AuditEntry => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      operation: row.operation,
      recordType: row.record_type,
      recordId: row.record_id,
    }),
  );
}
