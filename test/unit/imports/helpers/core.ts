import type { Kysely } from 'kysely';
import { bulkWriterFor } from '../../../../db/bulk';
import type { Database } from '../../../../db/schema';
import type { OperationInput, OperationName, OperationResult } from '../../../../electron/core/contract';
import { contract } from '../../../../electron/core/contract';
import type { Handler, WriteContext } from '../../../../electron/core/handlers';
import { testNow, type TempCore } from '../../../support/tempCore';

export function database(temp: TempCore): Kysely<Database> {
  return temp.core.session.require().kysely;
}

export async function count(temp: TempCore, table: keyof Database): Promise<number> {
  const { n } = await database(temp)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Runs a handler built with other dependencies (a recording change-request
 * sink) the way the core runs it: input parsed by the contract, writes in one
 * transaction with an audit list.
 */
export async function runHandler<K extends OperationName>(
  temp: TempCore,
  name: K,
  handler: Handler<K>,
  input: OperationInput<K>,
  now = new Date(testNow),
): Promise<{ result: OperationResult<K>; audited: string[] }> {
  const parsed = contract[name].input.parse(input) as never;
  const { kysely, sqlite } = temp.core.session.require();
  const audited: string[] = [];
  if (handler.access === 'read')
    return { result: await handler.run({ db: kysely, actor: 'test-user', now: () => now }, parsed), audited };
  if (handler.access === 'session') throw new Error('not used');
  const result = await kysely.transaction().execute(async (trx) => {
    const context: WriteContext = {
      db: trx,
      actor: 'test-user',
      now: () => now,
      audit: (t, id) => audited.push(`${t}:${id}`),
      bulk: bulkWriterFor(sqlite),
    };
    return handler.run(context, parsed);
  });
  return { result, audited };
}
