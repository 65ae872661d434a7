import type { OperationName } from './contract';
import { attentionHandlers } from './attention/operations';
import { createPacketHandlers } from './awards/packets/operations';
import { PacketProgressBoard } from './awards/packets/progress';
import { awardsHandlers } from './awards/operations';
import { autoLockHandlers } from './autoLock/operations';
import { BackupKeeper, type KeeperOptions } from './backups/keeper';
import { createBackupHandlers } from './backups/operations';
import { changeRequestHandlers } from './changeRequests/operations';
import { changeRequestEffectsSink } from './changeRequests/surveyEffectsSink';
import { demoHandlers } from './demo/operations';
import { documentsHandlers } from './documents/operations';
import { createExportHandlers } from './exports/operations';
import { facultyHandlers } from './faculty/operations';
import type { Handler, HandlerMap } from './handlers';
import { matrixHandlers } from './matrix/operations';
import { meetingHandlers } from './meetings/operations';
import { personMentoringHandlers } from './personMentoring/operations';
import { mentorshipHandlers } from './mentorships/operations';
import { peerGroupHandlers } from './peerGroups/operations';
import { programHandlers } from './programs/operations';
import { createImportDeps, type ImportDeps } from './imports/deps';
import { createImportsHandlers } from './imports/operations';
import { surveysHandlers } from './surveys/operations';
import { vaultHandlers } from './vault/operations';
import { createWorkHandlers } from './work/operations';
import { WorkBoard } from './work/progress';

/**
 * What one core keeps in memory besides the database: import previews and
 * progress, and the progress and cancel switches of packet runs. Each
 * `createCore()` owns its own, so two cores in one process (tests, a future
 * second window) never see each other's previews or progress.
 */
export interface CoreMemory {
  importDeps: ImportDeps;
  packetProgress: PacketProgressBoard;
  /** Progress and cancel switches of backups, restores and exports. */
  work: WorkBoard;
  /** The last backup, whether changes were made since, and the problem to show. */
  backups: BackupKeeper;
  /**
   * Previews and progress hold rows of confidential files: they go when the
   * records are locked (and when the session ends), like the key.
   */
  forget(): void;
}

export function createCoreMemory(
  overrides: Partial<ImportDeps> = {},
  backups: KeeperOptions = { automatic: false, now: () => new Date() },
): CoreMemory {
  // Accepted survey change requests open mentoring change requests.
  const importDeps = createImportDeps({ surveyEffects: changeRequestEffectsSink, ...overrides });
  return {
    importDeps,
    packetProgress: new PacketProgressBoard(),
    work: new WorkBoard(),
    backups: new BackupKeeper(backups),
    forget() {
      importDeps.progress.clear();
      importDeps.previews.clear();
    },
  };
}

export type HandlerTable = HandlerMap<OperationName>;

/** Every handler, keyed by operation name, bound to one core's memory. The type makes a missing handler a compile error. */
export function createHandlers(memory: CoreMemory): HandlerTable {
  return {
    ...vaultHandlers,
    ...autoLockHandlers,
    ...facultyHandlers,
    ...programHandlers,
    ...mentorshipHandlers,
    ...meetingHandlers,
    ...changeRequestHandlers,
    ...peerGroupHandlers,
    ...personMentoringHandlers,
    ...attentionHandlers,
    ...demoHandlers,
    ...matrixHandlers,
    ...createImportsHandlers(memory.importDeps),
    ...surveysHandlers,
    ...createPacketHandlers(memory.packetProgress),
    ...awardsHandlers,
    ...documentsHandlers,
    ...createBackupHandlers(memory.backups, memory.work),
    ...createExportHandlers(memory.work),
    ...createWorkHandlers(memory.work),
  };
}

export function handlerIn(table: HandlerTable, name: OperationName): Handler<OperationName> {
  return table[name] as Handler<OperationName>;
}
