import type { ReadableDb, WritableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { demoTables, type DemoRows } from './dataset';
import { generateDemoRows } from './generate';

/**
 * Bound parameters per INSERT: well under SQLite's limit (32,766) and
 * PostgreSQL's (65,535), and large enough that a few hundred statements
 * write the large set.
 */
const parametersPerStatement = 16_000;

/**
 * Fills a new database with invented records. Runs inside the caller's
 * transaction (the write operation's), so a failure leaves the database as it
 * was. Refuses a database that already holds people or programs: demo records
 * must never mix with real ones.
 */
export async function fillDemoData(
  db: WritableDb,
  size: 'small' | 'large',
  today: string,
  options: { seed: number; stamp: string },
): Promise<Record<string, number>> {
  await assertEmpty(db);
  const rows = generateDemoRows(size, options.seed, { today, stamp: options.stamp });
  const counts: Record<string, number> = {};
  for (const table of demoTables) {
    await insertAll(db, table, rows[table]);
    counts[table] = rows[table].length;
  }
  return counts;
}

async function assertEmpty(db: ReadableDb): Promise<void> {
  const { faculty } = await db
    .selectFrom('faculty')
    .select((eb) => eb.fn.countAll<number>().as('faculty'))
    .executeTakeFirstOrThrow();
  const { programs } = await db
    .selectFrom('programs')
    .select((eb) => eb.fn.countAll<number>().as('programs'))
    .executeTakeFirstOrThrow();
  if (Number(faculty) > 0 || Number(programs) > 0) {
    throw new TrellisError(
      'DATABASE_NOT_EMPTY',
      `Demo records can only be added to a new, empty database, and this one already has ${Number(faculty)} people and ${Number(programs)} programs. Create a separate database to explore the demo.`,
    );
  }
}

/** Multi-row INSERTs in chunks: one prepared statement per chunk instead of one per row. */
async function insertAll<T extends keyof DemoRows>(db: WritableDb, table: T, rows: DemoRows[T]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length;
  const perChunk = Math.max(1, Math.floor(parametersPerStatement / columns));
  for (let start = 0; start < rows.length; start += perChunk) {
    // The row type is checked where the rows are built (DemoRows); Kysely's
    // generic insert cannot see through the table-name union here.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + perChunk) as never)
      .execute();
  }
}
