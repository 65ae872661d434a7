import { attentionContract } from './attention/contract';
import { auditContract } from './audit/contract';
import { packetsContract } from './awards/packets/contract';
import { PacketProgressBoard } from './awards/packets/progress';
import { awardsContract } from './awards/contract';
import { autoLockContract } from './autoLock/contract';
import { changeRequestContract } from './changeRequests/contract';
import { changeRequestEffectsSink } from './changeRequests/surveyEffectsSink';
import type { OperationName } from './contract';
import { backupsContract } from './backups/contract';
import { BackupKeeper, type KeeperOptions } from './backups/keeper';
import { demoContract } from './demo/contract';
import { documentsContract } from './documents/contract';
import { exportsContract } from './exports/contract';
import { facultyContract } from './faculty/contract';
import type { Handler, HandlerMap } from './handlers';
import { matchingContract } from './matching/contract';
import { MatchingRosterCache } from './matching/rosterCache';
import { createImportDeps, type ImportDeps } from './imports/deps';
import { importsContract } from './imports/contract';
import { signupImportsContract } from './imports/signup/contract';
import { matrixContract } from './matrix/contract';
import { meetingContract } from './meetings/contract';
import { mentorshipContract } from './mentorships/contract';
import { peerGroupContract } from './peerGroups/contract';
import { personMentoringContract } from './personMentoring/contract';
import { programContract } from './programs/contract';
import { surveysContract } from './surveys/contract';
import { vaultContract } from './vault/contract';
import { workshopsContract } from './workshops/contract';
import { workContract } from './work/contract';
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
  /** The directory as matching sees it, kept while the records stay the same. */
  matchingRoster: MatchingRosterCache;
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
  const matchingRoster = new MatchingRosterCache();
  return {
    importDeps,
    packetProgress: new PacketProgressBoard(),
    matchingRoster,
    work: new WorkBoard(),
    backups: new BackupKeeper(backups),
    forget() {
      importDeps.progress.clear();
      importDeps.previews.clear();
      matchingRoster.clear();
    },
  };
}

/** An operation's handler, loaded with its domain's module the first time it is asked for. */
export type LoadHandler<K extends OperationName> = () => Promise<Handler<K>>;

export type HandlerTable = { [K in OperationName]: LoadHandler<K> };

/**
 * The handlers of one domain. Its module (and what it imports: pdfkit,
 * exceljs, pdf-lib…) is loaded when one of its operations first runs, so a
 * process that never prints or imports never pays for those libraries: the
 * command line's `trellis status` loads the vault's handlers and nothing else.
 */
function domain<K extends OperationName>(
  operations: Record<K, unknown>,
  load: () => Promise<HandlerMap<K>>,
): { [P in K]: LoadHandler<P> } {
  let handlers: Promise<HandlerMap<K>> | undefined;
  const table: Partial<Record<K, LoadHandler<K>>> = {};
  for (const name of Object.keys(operations) as K[]) {
    table[name] = async () => (await (handlers ??= load()))[name];
  }
  return table as { [P in K]: LoadHandler<P> };
}

/** Every handler, keyed by operation name, bound to one core's memory. The type makes a missing domain a compile error. */
export function createHandlers(memory: CoreMemory): HandlerTable {
  return {
    ...domain(vaultContract, async () => (await import('./vault/operations')).vaultHandlers),
    ...domain(autoLockContract, async () => (await import('./autoLock/operations')).autoLockHandlers),
    ...domain(facultyContract, async () => (await import('./faculty/operations')).facultyHandlers),
    ...domain(programContract, async () => (await import('./programs/operations')).programHandlers),
    ...domain(mentorshipContract, async () => (await import('./mentorships/operations')).mentorshipHandlers),
    ...domain(meetingContract, async () => (await import('./meetings/operations')).meetingHandlers),
    ...domain(changeRequestContract, async () => (await import('./changeRequests/operations')).changeRequestHandlers),
    ...domain(peerGroupContract, async () => (await import('./peerGroups/operations')).peerGroupHandlers),
    ...domain(
      personMentoringContract,
      async () => (await import('./personMentoring/operations')).personMentoringHandlers,
    ),
    ...domain(attentionContract, async () => (await import('./attention/operations')).attentionHandlers),
    ...domain(demoContract, async () => (await import('./demo/operations')).demoHandlers),
    ...domain(matrixContract, async () => (await import('./matrix/operations')).matrixHandlers),
    ...domain({ ...importsContract, ...signupImportsContract }, async () =>
      (await import('./imports/operations')).createImportsHandlers(memory.importDeps),
    ),
    ...domain(surveysContract, async () => (await import('./surveys/operations')).surveysHandlers),
    ...domain(packetsContract, async () =>
      (await import('./awards/packets/operations')).createPacketHandlers(memory.packetProgress),
    ),
    ...domain(awardsContract, async () => (await import('./awards/operations')).awardsHandlers),
    ...domain(documentsContract, async () => (await import('./documents/operations')).documentsHandlers),
    ...domain(matchingContract, async () =>
      (await import('./matching/operations')).createMatchingHandlers(memory.matchingRoster),
    ),
    ...domain(workshopsContract, async () => (await import('./workshops/operations')).workshopHandlers),
    ...domain(backupsContract, async () =>
      (await import('./backups/operations')).createBackupHandlers(memory.backups, memory.work),
    ),
    ...domain(exportsContract, async () => (await import('./exports/operations')).createExportHandlers(memory.work)),
    ...domain(auditContract, async () => (await import('./audit/operations')).auditHandlers),
    ...domain(workContract, async () => (await import('./work/operations')).createWorkHandlers(memory.work)),
  };
}

export function loadHandler(table: HandlerTable, name: OperationName): Promise<Handler<OperationName>> {
  return (table[name] as LoadHandler<OperationName>)();
}
