import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readKeySlotFile } from '../../../db/keySlots';
import { setAsidePath } from '../../../db/swap';
import type { Secret } from '../../../db/vault';
import { TrellisError } from '../../common/errors';
import type { HandlerMap } from '../handlers';
import type { WorkBoard } from '../work/progress';
import { asCancelled } from '../work/progress';
import type { backupsContract } from './contract';
import { targetFor } from './create';
import { readBackupsFolder, writeBackupsFolder } from './folder';
import type { BackupKeeper } from './keeper';
import { listBackupsIn } from './list';
import { inspectBackup, restoreBackup, undoRestore, verifyBackup } from './restore';

type BackupsOperation = keyof typeof backupsContract;

const secretOf = (input: { passphrase?: string | undefined; recoveryKey?: string | undefined }): Secret =>
  input.passphrase !== undefined ? { passphrase: input.passphrase } : { recoveryKey: input.recoveryKey! };

/** Long work reports cancellation as WORK_CANCELLED, whatever step it was in. */
async function cancellable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asCancelled(error);
  }
}

export function createBackupHandlers(keeper: BackupKeeper, board: WorkBoard): HandlerMap<BackupsOperation> {
  return {
    'backups.status': {
      access: 'session',
      run: async ({ session }) => keeper.status(session.require(), existsSync(setAsidePath(session.databasePath))),
    },
    'backups.list': {
      access: 'session',
      run: async ({ session }) => {
        const database = session.require();
        const { folder } = await readBackupsFolder(database.kysely, database.path);
        const { databaseId } = await readKeySlotFile(database.path);
        const listed = existsSync(folder) ? await listBackupsIn(folder, databaseId) : { backups: [], unreadable: [] };
        return { folder, ...listed };
      },
    },
    'backups.create': {
      access: 'session',
      run: async ({ session }, { path, progressKey }) => {
        const work = board.start(progressKey, 'backing up');
        const entry = await cancellable(() =>
          keeper.create(session.require(), 'manual', path ? targetFor(resolve(path)) : undefined, work.signal),
        );
        work.finish();
        return entry;
      },
    },
    'backups.inspect': {
      access: 'session',
      run: async ({ session }, { path }) => inspectBackup(resolve(path), session.databasePath),
    },
    'backups.verify': {
      access: 'session',
      run: async ({ session }, input) => {
        const work = board.start(input.progressKey, 'checking the backup');
        const result = await cancellable(() =>
          verifyBackup(resolve(input.path), secretOf(input), session.databasePath, work),
        );
        work.finish();
        return result;
      },
    },
    'backups.restore': {
      access: 'session',
      run: async (context, input) => {
        const work = board.start(input.progressKey, 'checking the backup');
        return cancellable(() => restoreBackup(context, keeper, resolve(input.path), secretOf(input), work));
      },
    },
    'backups.undoRestore': { access: 'session', run: async (context) => undoRestore(context, keeper) },
    'backups.setFolder': {
      access: 'write',
      run: async ({ db, now, audit }, { path }) => {
        const folder = path === null ? null : resolve(path);
        if (folder !== null && !(existsSync(folder) && statSync(folder).isDirectory())) {
          throw new TrellisError(
            'FOLDER_MISSING',
            `There is no folder ${folder}. Connect the disk, or choose another folder.`,
            {
              path: `There is no folder ${folder}.`,
            },
          );
        }
        await writeBackupsFolder(db, folder, now());
        audit('setting', 'backups_folder');
        return { folder };
      },
    },
  };
}
