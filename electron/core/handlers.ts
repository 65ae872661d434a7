import type { BulkWriter } from '../../db/bulk';
import type { ReadableDb, WritableDb } from '../../db/handles';
import type { OperationName, OperationResult, ParsedInput } from './contract';
import type { Session } from './session';

/** What a read operation gets: a database handle that cannot write, and the clock. */
export interface ReadContext {
  db: ReadableDb;
  actor: string;
  now: () => Date;
}

/** A write runs inside one transaction; `audit` records who touched which record
 * (never its content), written in that same transaction. */
export interface WriteContext extends Omit<ReadContext, 'db'> {
  db: WritableDb;
  audit: (recordType: string, recordId: string | number) => void;
  /** Prepared statements on the same transaction, for imports that write thousands of rows. */
  bulk: BulkWriter;
}

/** Vault operations work on the session itself (create, unlock, lock…). */
export interface SessionContext {
  session: Session;
  actor: string;
  now: () => Date;
}

type Run<C, K extends OperationName> = (context: C, input: ParsedInput<K>) => Promise<OperationResult<K>>;

export type Handler<K extends OperationName> =
  | { access: 'read'; run: Run<ReadContext, K> }
  | { access: 'write'; run: Run<WriteContext, K> }
  | { access: 'session'; run: Run<SessionContext, K> };

export type HandlerMap<K extends OperationName> = { [P in K]: Handler<P> };
