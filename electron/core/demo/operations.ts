import { resolve } from 'node:path';
import { appendAuditEntries } from '../../../db/auditChain';
import { createVault } from '../../../db/vault';
import { TrellisError } from '../../common/errors';
import type { HandlerMap } from '../handlers';
import { isoDate } from '../../common/isoDates';
import type { demoContract } from './contract';
import { fillDemoData } from './fill';
import { isDemoDatabase, markAsDemo } from './marker';

type DemoOperation = keyof typeof demoContract;

export const demoHandlers: HandlerMap<DemoOperation> = {
  'demo.fill': {
    access: 'write',
    run: async ({ db, now, audit }, { size, seed }) => {
      if (await isDemoDatabase(db)) {
        throw new TrellisError(
          'DATABASE_NOT_EMPTY',
          'This database already holds the demo records. Create another database to explore a different demo.',
        );
      }
      const counts = await fillDemoData(db, size, isoDate(now()), { seed, stamp: now().toISOString() });
      await markAsDemo(db, now());
      // The audit names the action, not the invented records.
      audit('demo_data', `${size}:${seed}`);
      return { size, seed, counts };
    },
  },
  'demo.status': { access: 'read', run: async ({ db }) => ({ demo: await isDemoDatabase(db) }) },
  /**
   * "Explore with demo data": a separate database at `path`, filled and
   * marked as a demo, then closed; the office's own records are not touched.
   * The shell opens it like any other database.
   */
  'demo.createDatabase': {
    access: 'session',
    run: async ({ now, actor }, { path, passphrase, size, seed }) => {
      const databasePath = resolve(path);
      const { database, recoveryKey } = await createVault(databasePath, passphrase);
      try {
        const counts = await database.kysely.transaction().execute(async (trx) => {
          const filled = await fillDemoData(trx, size, isoDate(now()), { seed, stamp: now().toISOString() });
          await markAsDemo(trx, now());
          await appendAuditEntries(trx, [
            {
              at: now().toISOString(),
              actor,
              operation: 'demo.createDatabase',
              recordType: 'demo_data',
              recordId: `${size}:${seed}`,
            },
          ]);
          return filled;
        });
        return { path: databasePath, recoveryKey, size, seed, counts };
      } finally {
        await database.close();
      }
    },
  },
};
