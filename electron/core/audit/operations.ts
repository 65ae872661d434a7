import { readAuditCheckpoint } from '../../../db/auditCheckpoint';
import type { HandlerMap } from '../handlers';
import { checkpointMismatchOperation } from './checkpoint';
import type { auditContract } from './contract';
import { listAuditEntries } from './list';
import { findFirstProblem } from './verify';

export const auditHandlers: HandlerMap<keyof typeof auditContract> = {
  'audit.list': { access: 'read', run: ({ db }, filters) => listAuditEntries(db, filters) },
  'audit.verify': {
    // A session operation: the checkpoint is read from the key file beside the database.
    access: 'session',
    run: async ({ session }) => {
      const { kysely, path } = session.require();
      const checkpoint = await readAuditCheckpoint(path);
      const rows = await kysely
        .selectFrom('audit_log')
        .select(['id', 'at', 'actor', 'operation', 'record_type', 'record_id', 'prev_hash', 'hash'])
        .orderBy('id')
        .execute();
      const finding = findFirstProblem(rows, checkpoint);
      return {
        ok: finding === null,
        entries: rows.length,
        lastId: rows.at(-1)?.id ?? null,
        checkpointId: checkpoint?.id ?? null,
        finding,
        earlierWarnings: rows
          .filter((row) => row.operation === checkpointMismatchOperation)
          .map((row) => ({ id: row.id, at: row.at })),
      };
    },
  },
};
