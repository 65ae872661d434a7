import type { ReadableDb, WritableDb } from '../../../../db/handles';
import { defaultConfidentiality } from '../../pdf/writer';
import {
  letterheadFields,
  type DocumentSettings,
  type Letterhead,
  type LetterheadField,
  type StandardTextValue,
} from '../contract';
import { readImages } from './images';
import { standardTextKeys, standardTexts, type StandardTextKey } from './standardTexts';

type Db = ReadableDb;

/** What a new office starts with; every field can be changed in Settings. */
export const defaultLetterhead: Letterhead = {
  institution: 'School of Medicine',
  office: 'Office of Academic Affairs',
  address: '',
  signatoryName: '',
  signatoryTitle: 'Vice Chair for Faculty Development',
  confidentiality: defaultConfidentiality,
};

const letterheadKey = (field: LetterheadField) => `documents.letterhead.${field}`;
const textKey = (key: StandardTextKey) => `documents.text.${key}`;

async function storedValues(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'like', 'documents.%').execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** The letterhead and standard texts as documents use them: stored values over the defaults. */
export async function readDocumentText(db: Db): Promise<Pick<DocumentSettings, 'letterhead' | 'texts'>> {
  const stored = await storedValues(db);
  const letterhead = Object.fromEntries(
    letterheadFields.map((field) => [field, stored.get(letterheadKey(field)) ?? defaultLetterhead[field]]),
  ) as Letterhead;
  const texts = Object.fromEntries(
    standardTextKeys.map((key): [StandardTextKey, StandardTextValue] => {
      const value = stored.get(textKey(key));
      return [
        key,
        value === undefined ? { value: standardTexts[key].defaultText, isDefault: true } : { value, isDefault: false },
      ];
    }),
  ) as Record<StandardTextKey, StandardTextValue>;
  return { letterhead, texts };
}

export async function readDocumentSettings(db: Db): Promise<DocumentSettings> {
  return { ...(await readDocumentText(db)), images: await readImages(db) };
}

async function put(db: WritableDb, key: string, value: string, stamp: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: stamp })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: stamp }))
    .execute();
}

/**
 * Saves the letterhead fields and texts given; the rest stay as they are. A
 * text set to null, or to exactly its default, goes back to following the
 * default (so a later, better default reaches offices that never changed it).
 * Returns the names of what changed, for the audit log (never the text itself).
 */
export async function updateDocumentSettings(
  db: WritableDb,
  input: { letterhead?: Partial<Letterhead>; texts?: Partial<Record<StandardTextKey, string | null>> },
  stamp: string,
): Promise<string[]> {
  const changed: string[] = [];
  for (const field of letterheadFields) {
    const value = input.letterhead?.[field];
    if (value === undefined) continue;
    await put(db, letterheadKey(field), value, stamp);
    changed.push(letterheadKey(field));
  }
  for (const key of standardTextKeys) {
    const value = input.texts?.[key];
    if (value === undefined) continue;
    if (value === null || value === standardTexts[key].defaultText) {
      await db.deleteFrom('settings').where('key', '=', textKey(key)).execute();
    } else {
      await put(db, textKey(key), value, stamp);
    }
    changed.push(textKey(key));
  }
  return changed;
}
