import type { ReadableDb, WritableDb } from '../../../db/handles';

/**
 * A database knows it holds invented records: the app marks it "Demo" in
 * its title bar and banner, and `trellis demo` never fills the office's real
 * records. Stored in the encrypted `settings` table.
 */
export const databaseKindKey = 'database_kind';

export async function markAsDemo(db: WritableDb, at: Date): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: databaseKindKey, value: 'demo', updated_at: at.toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'demo', updated_at: at.toISOString() }))
    .execute();
}

export async function isDemoDatabase(db: ReadableDb): Promise<boolean> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', databaseKindKey).executeTakeFirst();
  return row?.value === 'demo';
}
