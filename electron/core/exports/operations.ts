import { resolve } from 'node:path';
import type { HandlerMap } from '../handlers';
import type { WorkBoard } from '../work/progress';
import { asCancelled } from '../work/progress';
import type { exportsContract } from './contract';
import { writeExport } from './write';

/**
 * `exports.all` reads a snapshot (not the live records, so a long export
 * neither holds the app's connection nor mixes states), and then records who
 * exported and when in the audit log — the operation and the format, never
 * the content. The entry is written after the files, so a failed export
 * leaves no entry; it is a session operation because its reading must not
 * hold a write transaction.
 */
export function createExportHandlers(board: WorkBoard): HandlerMap<keyof typeof exportsContract> {
  return {
    'exports.all': {
      access: 'session',
      run: async ({ session }, { path, format, progressKey }) => {
        const database = session.require();
        const work = board.start(progressKey, 'exporting');
        let result;
        try {
          result = await writeExport(database, resolve(path), format, work);
        } catch (error) {
          throw asCancelled(error);
        }
        await session.audit([{ operation: 'exports.all', recordType: 'export', recordId: format }]);
        work.finish();
        return result;
      },
    },
  };
}
