import type { ReadableDb, WritableDb } from '../../../../db/handles';
import type { z } from 'zod';
import { TrellisError } from '../../../common/errors';
import { mimeTypes, type ExportedFile } from '../../../common/exportedFile';
import type { Clock } from '../../../common/isoDates';
import type { letterFields } from '../contract';
import { closeGaps } from '../positions';
import { readLetterSettings } from './pageLimit';
import { readLetterPdf } from './readLetterPdf';

/**
 * Letters live as blobs in `nomination_letters`, inside the encrypted
 * database: never written beside it as loose files. `position` orders them
 * in the packet.
 */

type LetterFields = z.output<typeof letterFields>;

export async function addLetter(
  db: WritableDb,
  nominationId: number,
  fields: LetterFields,
  clock: Clock,
): Promise<number> {
  const { maxPages } = await readLetterSettings(db);
  const checked = await readLetterPdf(fields.fileName, fields.base64, maxPages);
  const last = await db
    .selectFrom('nomination_letters')
    .select((eb) => eb.fn.max<number | null>('position').as('position'))
    .where('nomination_id', '=', nominationId)
    .executeTakeFirst();
  const { id } = await db
    .insertInto('nomination_letters')
    .values({
      nomination_id: nominationId,
      kind: fields.kind,
      title: fields.title,
      author: fields.author,
      file_name: fields.fileName,
      pages: checked.pages,
      sha256: checked.sha256,
      bytes: checked.bytes,
      position: (last?.position ?? -1) + 1,
      created_at: clock.stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function requireLetter(db: ReadableDb, id: number): Promise<{ id: number; nomination_id: number }> {
  const row = await db
    .selectFrom('nomination_letters')
    .select(['id', 'nomination_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That letter is not in Trellis. It may have been removed.');
  return row;
}

/** Removes one letter and closes the gap, so positions stay 0, 1, 2, … */
export async function removeLetter(db: WritableDb, id: number): Promise<number> {
  const letter = await requireLetter(db, id);
  await db.deleteFrom('nomination_letters').where('id', '=', id).execute();
  await closeGaps(db, 'nomination_letters', letter.nomination_id);
  return letter.nomination_id;
}

/** The letter as stored (as uploaded, less any active content), for the save dialog or `--out`. */
export async function downloadLetter(db: ReadableDb, id: number): Promise<ExportedFile> {
  const row = await db
    .selectFrom('nomination_letters')
    .select(['file_name', 'bytes'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TrellisError('NOT_FOUND', 'That letter is not in Trellis. It may have been removed.');
  return { fileName: row.file_name, mimeType: mimeTypes.pdf, base64: Buffer.from(row.bytes).toString('base64') };
}
