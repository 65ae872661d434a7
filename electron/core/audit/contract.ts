import { z } from 'zod';
import { operation } from '../../common/contractKit';

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

export const auditContract = {
  /** Reads the whole log and the checkpoint in the key file; nothing is changed. */
  'audit.verify': operation<AuditVerification>()(z.object({})),
};
