import { existsSync, promises as fs, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { temporaryPathBeside, writeFileAtomic } from '../../../db/atomicFile';
import { appendAuditEntries } from '../../../db/auditChain';
import { keySlotPath, readKeySlotFile } from '../../../db/keySlots';
import { openCheckedCopy, usesDataKey } from '../../../db/snapshot';
import { setAsidePath, swapInDatabase } from '../../../db/swap';
import { dataKeyOf, unwrapKeyFile, type Secret } from '../../../db/vault';
import { TrellisError } from '../../common/errors';
import type { SessionContext } from '../handlers';
import { workCancelled, type WorkHandle } from '../work/progress';
import { extractBackup, readManifest } from './archive';
import type { BackupEntry, BackupSummary } from './contract';
import type { BackupKeeper } from './keeper';
import type { BackupManifest } from './manifest';

/**
 * Restoring a backup, step by step; each step fails with its own plain
 * message and nothing changes before the last:
 * 1. read the backup and check every member's sha256 (BACKUP_DAMAGED);
 * 2. unlock it with its own key file (its passphrase may differ from today's);
 * 3. check every page and reference of the copy; refuse a newer schema,
 *    migrate an older one (the copy, not the backup);
 * 4. record the restore in the restored records' audit log;
 * 5. back up the records as they are now (and keep them aside for "Undo");
 * 6. swap the files atomically, and open the restored records.
 */

export async function summaryOf(path: string, manifest: BackupManifest, databasePath: string): Promise<BackupSummary> {
  let sameDatabase: boolean | null = null;
  if (existsSync(keySlotPath(databasePath))) {
    try {
      sameDatabase = (await readKeySlotFile(databasePath)).databaseId === manifest.databaseId;
    } catch {
      sameDatabase = null;
    }
  }
  return {
    path,
    createdAt: manifest.createdAt,
    trellisVersion: manifest.trellisVersion,
    schemaVersion: manifest.schemaVersion,
    counts: manifest.counts,
    sameDatabase,
  };
}

export async function inspectBackup(path: string, databasePath: string): Promise<BackupSummary> {
  return summaryOf(path, await readManifest(path), databasePath);
}

async function unlockBackup(copyPath: string, secret: Secret, manifest: BackupManifest): Promise<Buffer> {
  try {
    return await unwrapKeyFile(copyPath, secret);
  } catch (error) {
    if (error instanceof TrellisError && error.code === 'WRONG_PASSPHRASE') {
      const made = manifest.createdAt.slice(0, 10);
      throw new TrellisError(
        'WRONG_PASSPHRASE',
        'passphrase' in secret
          ? `That passphrase does not unlock this backup (made ${made}). A backup opens with the passphrase in use when it was made, which may differ from today's; or use the recovery key. Nothing was changed.`
          : `That recovery key does not unlock this backup (made ${made}). Nothing was changed.`,
      );
    }
    throw error;
  }
}

/** Extracts, unlocks and checks a backup into `copyPath` (with its key file beside it). The caller removes the files. */
async function prepareCopy(path: string, copyPath: string, secret: Secret, work: WorkHandle) {
  work.phase('checking the backup');
  const { manifest, keyFile } = await extractBackup(path, copyPath, work.signal);
  await writeFileAtomic(keySlotPath(copyPath), keyFile, { replace: false });
  work.phase('unlocking the backup');
  const dataKey = await unlockBackup(copyPath, secret, manifest);
  work.check();
  work.phase('checking every record');
  const checked = await openCheckedCopy(copyPath, dataKey);
  return { manifest, dataKey, checked };
}

const removeCopy = (copyPath: string) =>
  Promise.all(
    [copyPath, `${copyPath}-wal`, `${copyPath}-shm`, keySlotPath(copyPath)].map((p) => fs.rm(p, { force: true })),
  );

/** Checks a backup all the way without changing anything: the copy goes to a private temporary folder. */
export async function verifyBackup(path: string, secret: Secret, databasePath: string, work: WorkHandle) {
  const scratch = await fs.mkdtemp(join(tmpdir(), 'trellis-verify-'));
  try {
    const { manifest, checked } = await prepareCopy(path, join(scratch, 'trellis.db'), secret, work);
    await checked.database.close();
    return { ...(await summaryOf(path, manifest, databasePath)), integrity: 'ok' as const };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

export async function restoreBackup(
  { session, now, actor }: SessionContext,
  keeper: BackupKeeper,
  path: string,
  secret: Secret,
  work: WorkHandle,
) {
  const databasePath = session.databasePath;
  mkdirSync(dirname(databasePath), { recursive: true, mode: 0o700 });
  const copyPath = temporaryPathBeside(databasePath);
  try {
    const { manifest, dataKey, checked } = await prepareCopy(path, copyPath, secret, work);
    await checked.database.kysely.transaction().execute((trx) =>
      appendAuditEntries(trx, [
        {
          at: now().toISOString(),
          actor,
          operation: 'backups.restore',
          recordType: 'backup',
          recordId: manifest.createdAt,
        },
      ]),
    );
    await checked.database.close();
    if (work.signal.aborted) throw workCancelled();

    work.phase('backing up the records as they are now');
    const current = session.current();
    const keepKeys = current !== null && usesDataKey(current, dataKey);
    const safetyBackup = current ? await keeper.safety(current) : null;
    work.phase('putting the restored records in place');
    await session.closeForSwap();
    swapInDatabase(
      databasePath,
      { database: copyPath, keys: keepKeys ? null : keySlotPath(copyPath) },
      { setAside: existsSync(databasePath) },
    );
    keeper.forget();
    await session.openWithDataKey(dataKey);
    work.finish();
    return {
      restored: await summaryOf(path, manifest, databasePath),
      safetyBackup,
      keyFile: keepKeys ? ('kept' as const) : ('from-backup' as const),
      migratedFrom: checked.schemaVersionBefore !== checked.summary.schemaVersion ? checked.schemaVersionBefore : null,
    };
  } finally {
    await removeCopy(copyPath);
  }
}

/**
 * Puts back the records as they were just before the last restore (kept
 * aside by it). The records as they are now are backed up first. When the
 * records kept aside use the same key (the usual case), they open at once;
 * otherwise they are left locked, to be unlocked with their own passphrase.
 */
export async function undoRestore(
  { session }: SessionContext,
  keeper: BackupKeeper,
): Promise<{ safetyBackup: BackupEntry | null; unlocked: boolean }> {
  const databasePath = session.databasePath;
  const aside = setAsidePath(databasePath);
  if (!existsSync(aside)) {
    throw new TrellisError('NOTHING_TO_UNDO', 'There is no restore to undo: the records from before it are not kept.');
  }
  const current = session.current();
  if (!current) throw new TrellisError('LOCKED', 'Unlock the records first, so they can be backed up before the undo.');
  const key = Buffer.from(dataKeyOf(current));
  const sameKey = (await readKeySlotFile(databasePath)).databaseId === (await readKeySlotFile(aside)).databaseId;
  const safetyBackup = await keeper.safety(current);
  await session.closeForSwap();
  swapInDatabase(databasePath, { database: aside, keys: sameKey ? null : keySlotPath(aside) }, { setAside: false });
  await fs.rm(keySlotPath(aside), { force: true });
  keeper.forget();
  if (!sameKey) return { safetyBackup, unlocked: false };
  await session.openWithDataKey(key);
  key.fill(0);
  await session.audit([{ operation: 'backups.undoRestore', recordType: 'backup', recordId: 'undo' }]);
  return { safetyBackup, unlocked: true };
}
