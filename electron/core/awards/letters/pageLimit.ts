import type { ReadableDb, WritableDb } from '../../../../db/handles';
import { defaultLetterMaxPages, type LetterSettings } from '../contract';

/**
 * The most pages a letter may have at upload: a hard limit, set for the whole
 * office. A cycle's own page limit is a warning for the committee; this one
 * protects Trellis from a "letter" that is really a 100,000-page file.
 */
export const letterMaxPagesKey = 'letter_max_pages';

export async function readLetterSettings(db: ReadableDb): Promise<LetterSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', letterMaxPagesKey).executeTakeFirst();
  const stored = Number(row?.value);
  return { maxPages: Number.isInteger(stored) && stored > 0 ? stored : defaultLetterMaxPages };
}

export async function writeLetterSettings(db: WritableDb, settings: LetterSettings, at: Date): Promise<void> {
  const value = String(settings.maxPages);
  await db
    .insertInto('settings')
    .values({ key: letterMaxPagesKey, value, updated_at: at.toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at.toISOString() }))
    .execute();
}
