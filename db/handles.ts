import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** A handle that may change the records: write operations get one, inside their transaction. */
export type WritableDb = Kysely<Database>;

/**
 * A handle that can only read: read operations get this one, so a query in a
 * read cannot insert, update or delete by accident (it would not compile).
 * The same connection underneath; Signal Desktop brands its handles the same way.
 */
export type ReadableDb = Omit<
  Kysely<Database>,
  | 'insertInto'
  | 'replaceInto'
  | 'updateTable'
  | 'deleteFrom'
  | 'mergeInto'
  | 'schema'
  | 'transaction'
  | 'startTransaction'
  | 'connection'
  | 'withSchema'
  | 'withPlugin'
  | 'withoutPlugins'
  | 'withTables'
  | 'with'
  | 'withRecursive'
  | 'destroy'
>;
