import type { z } from 'zod';
import { appendAuditEntries } from '../../db/auditChain';
import { bulkWriterFor } from '../../db/bulk';
import { checkpoint } from '../../db/connection';
import { explainSqliteError } from '../../db/sqliteErrors';
import type { VaultOptions } from '../../db/vault';
import { contract, isOperationName, type OperationInput, type OperationName, type OperationResult } from './contract';
import { TrellisError, type Envelope, type FieldErrors } from '../common/errors';
import { withoutBidiControlsDeep } from '../common/text';
import { refreshDerivedCareerStages } from './faculty/queries';
import { ensureDefaultMatrix } from './matrix/defaults';
import { auditedExports } from './audit/exports';
import type { WriteContext } from './handlers';
import { createCoreMemory, createHandlers, loadHandler, type CoreMemory } from './registry';
import { Session } from './session';
import type { BackupProblem, BackupReason } from './backups/contract';

export interface CoreOptions extends VaultOptions {
  databasePath: string;
  /**
   * Who is at the computer (the signed-in OS user in the app and CLI). The
   * session names them in the audit log once they unlock; no request can.
   */
  actor: string;
  /** Injected for tests that need a fixed "today". */
  now?: () => Date;
  /** Where unexpected errors are reported; never given record content. */
  logError?: (message: string) => void;
  /**
   * Automatic backups (at lock, hourly while changes are made, before risky
   * steps). On unless turned off: the app and the command line keep them on.
   */
  automaticBackups?: boolean;
  /** Told once when automatic backups start failing, so the UI or the command line can say so. */
  onBackupProblem?: (problem: BackupProblem) => void;
}

export interface Core {
  /** Untyped entry for process boundaries (IPC, test host): never throws. */
  invoke(name: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** Typed entry for code in this process (CLI, tests): throws TrellisError. */
  call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationResult<K>>;
  readonly session: Session;
  /** This core's import previews and packet progress (tests look inside). */
  readonly memory: CoreMemory;
  close(): Promise<void>;
}

/** Writes after which the WAL is emptied into the database file. */
const checkpointAfter = new Set<OperationName>(['imports.commit', 'imports.undo', 'demo.fill']);

/** Writes that are hard to take back get a backup first (when changes were made since the last). */
const backupBefore: Partial<Record<OperationName, BackupReason>> = {
  'imports.commit': 'before-import',
  'imports.undo': 'before-import-undo',
  'matrix.reset': 'before-matrix-reset',
};

interface AuditEntry {
  recordType: string;
  recordId: string;
}

export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((message: string) => console.error(message));
  const memory = createCoreMemory(
    {},
    { automatic: options.automaticBackups ?? true, now, onProblem: options.onBackupProblem, logError },
  );
  const { backups } = memory;
  const handlers = createHandlers(memory);
  const session = new Session(options.databasePath, {
    ...options,
    now,
    logError,
    onUnlock: [async (db, today) => void (await refreshDerivedCareerStages(db, today)), ensureDefaultMatrix],
    onLock: [() => memory.forget()],
    beforeLock: [(database) => backups.atLock(database)],
    beforeMigrate: async (database) => void (await backups.before(database, 'before-migration')),
    beforePassphraseChange: [async (database) => void (await backups.before(database, 'before-passphrase-change'))],
  });

  async function run(name: OperationName, rawInput: unknown): Promise<unknown> {
    const spec = contract[name];
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const handler = await loadHandler(handlers, name);
    // Passphrases are taken exactly as typed; every other text loses bidi override controls.
    const input = (name.startsWith('vault.') ? parsed.data : withoutBidiControlsDeep(parsed.data)) as never;

    if (handler.access === 'session') return handler.run({ session, actor: session.actor(), now }, input);
    const database = session.require();
    const { kysely, sqlite } = database;
    const actor = session.actor();
    if (handler.access === 'read') {
      const result = await handler.run({ db: kysely, actor, now }, input);
      const exported = auditedExports[name];
      if (exported) await session.audit([{ operation: name, ...exported(input as Record<string, unknown>) }]);
      return result;
    }

    const reason = backupBefore[name];
    if (reason) await backups.before(database, reason);
    const { result, auditEnd } = await kysely.transaction().execute(async (trx) => {
      const entries: AuditEntry[] = [];
      const context: WriteContext = {
        db: trx,
        actor,
        now,
        audit: (recordType, recordId) => entries.push({ recordType, recordId: String(recordId) }),
        bulk: bulkWriterFor(sqlite),
      };
      const result = await handler.run(context, input);
      if (entries.length === 0) throw new Error(`Write operation ${name} recorded no audit entry.`);
      const at = now().toISOString();
      const auditEnd = await appendAuditEntries(
        trx,
        entries.map((e) => ({ at, actor, operation: name, ...e })),
      );
      return { result, auditEnd };
    });
    await session.committed(auditEnd);
    // Large writes reach the database file at once, so a copy of the closed files never misses them.
    // The work is committed either way: a checkpoint that cannot run now is done at the next close.
    if (checkpointAfter.has(name))
      await kysely.connection().execute(async () => void attempt(() => checkpoint(sqlite)));
    backups.afterWrite(database);
    return result;
  }

  async function invoke(name: unknown, input: unknown): Promise<Envelope<unknown>> {
    if (!isOperationName(name)) {
      return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: 'Trellis does not know that request.' } };
    }
    try {
      return { ok: true, value: await run(name, input) };
    } catch (error) {
      if (error instanceof TrellisError) return { ok: false, error: error.toPayload() };
      // A busy, damaged or full database is expected trouble with its own message, never INTERNAL.
      const explained = explainSqliteError(error);
      if (explained) return { ok: false, error: explained.toPayload() };
      // Log the kind of failure only: messages from lower layers can quote values.
      logError(`Operation ${name} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong and nothing was saved. Please try again.' },
      };
    }
  }

  return {
    session,
    memory,
    invoke,
    async call(name, input) {
      const envelope = await invoke(name, input);
      if (!envelope.ok) throw new TrellisError(envelope.error.code, envelope.error.message, envelope.error.fields);
      return envelope.value as never;
    },
    close: () => session.lock(),
  };
}

function attempt(work: () => void): void {
  try {
    work();
  } catch {
    // See the caller.
  }
}

function validationError(error: z.ZodError): TrellisError {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = Object.values(fields)[0] ?? 'Some details are missing or not valid.';
  return new TrellisError(
    'VALIDATION',
    Object.keys(fields).length === 1 ? first : 'Some details need attention.',
    fields,
  );
}
