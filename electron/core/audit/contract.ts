import { z } from 'zod';
import { operation } from '../../common/contractKit';
import { isCalendarDate } from '../../common/fields';

const day = (message: string) => z.string().trim().refine(isCalendarDate, { error: message }).optional();

/** What can be wrong with the audit log, at the first entry where it shows. */
export type AuditProblem = 'changed' | 'removed' | 'reordered' | 'forged' | 'cut-off' | 'rewritten';

export interface AuditFinding {
  problem: AuditProblem;
  /** The entry's number (for `removed` and `cut-off`, the first one missing). */
  id: number;
  /** Plain words for the office, naming the entry. */
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries in the log. */
  entries: number;
  lastId: number | null;
  /** The last entry Trellis recorded outside the database (in the key file), if any. */
  checkpointId: number | null;
  /** The first problem, or null when every entry is as Trellis wrote it. */
  finding: AuditFinding | null;
  /** Earlier unlocks at which the log did not reach the checkpoint (each left an entry). */
  earlierWarnings: { id: number; at: string }[];
}

/** One audit entry as listed: who, what, which record, when — never the record's content. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  operation: string;
  recordType: string;
  recordId: string;
}

export const auditListInput = z.object({
  /** Exactly the name the entries carry (today the account that unlocked; later a staff member). */
  actor: z.string().trim().min(1).max(200).optional(),
  /** An operation (`faculty.update`), or a domain (`faculty`) for all of its operations. */
  operation: z.string().trim().min(1).max(100).optional(),
  recordType: z.string().trim().min(1).max(100).optional(),
  recordId: z.string().trim().min(1).max(100).optional(),
  /** Days in UTC, both included. */
  since: day('Enter the first day as YYYY-MM-DD.'),
  until: day('Enter the last day as YYYY-MM-DD.'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});

export const auditContract = {
  /** Newest first, filtered and paged. */
  'audit.list': operation<{ total: number; rows: AuditEntry[] }>()(auditListInput),
  /** Reads the whole log and the checkpoint in the key file; nothing is changed. */
  'audit.verify': operation<AuditVerification>()(z.object({})),
};
