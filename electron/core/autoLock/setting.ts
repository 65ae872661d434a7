import type { ReadableDb, WritableDb } from '../../../db/handles';
import { autoLockChoices, defaultAutoLockMinutes, type AutoLockMinutes, type AutoLockSetting } from './contract';

/** The row in `settings`; its value is a number of minutes, or "off". */
export const autoLockKey = 'auto_lock_minutes';
const off = 'off';

export async function readAutoLock(db: ReadableDb): Promise<AutoLockSetting> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', autoLockKey).executeTakeFirst();
  if (!row) return { minutes: defaultAutoLockMinutes };
  if (row.value === off) return { minutes: null };
  const minutes = Number(row.value);
  // A value this version does not offer (edited by hand, or from a later version) falls back to the default.
  return {
    minutes: (autoLockChoices as readonly number[]).includes(minutes)
      ? (minutes as AutoLockMinutes)
      : defaultAutoLockMinutes,
  };
}

export async function writeAutoLock(db: WritableDb, minutes: AutoLockMinutes | null, at: Date): Promise<void> {
  const value = minutes === null ? off : String(minutes);
  await db
    .insertInto('settings')
    .values({ key: autoLockKey, value, updated_at: at.toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at.toISOString() }))
    .execute();
}
