import type { ReadableDb, WritableDb } from '../../../../db/handles';
import PDFDocument from 'pdfkit';
import { TrellisError } from '../../../common/errors';
import { openImage } from '../../pdf/openImage';
import { imageKinds, maxImageBytes, type ImageKind, type LetterheadImage } from '../contract';

type Db = ReadableDb;

const storageKey = (kind: ImageKind) => `letterhead.${kind}`;

/** The type of an image from its first bytes; the file name or a claimed type is never trusted. */
export function sniffImageType(bytes: Buffer): LetterheadImage['mimeType'] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Opens the image the way the PDF writer will, so a damaged file is refused now rather than when printing. */
function measure(bytes: Buffer): { width: number; height: number } {
  try {
    const image = openImage(new PDFDocument({ autoFirstPage: false }), bytes);
    if (!(image.width > 0 && image.height > 0)) throw new Error('no size');
    return { width: image.width, height: image.height };
  } catch {
    throw new TrellisError(
      'IMAGE_UNSUPPORTED',
      'This image could not be read; the file may be damaged. Save it again as PNG or JPEG and choose it again.',
    );
  }
}

/** Checks what a person chose as a logo or signature: real PNG or JPEG bytes, at most 2 MB, readable. */
export function validateImage(base64: string): { mimeType: LetterheadImage['mimeType']; bytes: Buffer } {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    throw new TrellisError('IMAGE_UNSUPPORTED', 'The file did not arrive as an image. Choose a PNG or JPEG image.');
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > maxImageBytes) {
    throw new TrellisError('IMAGE_TOO_LARGE', 'The image is larger than 2 MB. Choose a smaller PNG or JPEG image.');
  }
  const mimeType = sniffImageType(bytes);
  if (!mimeType) {
    throw new TrellisError(
      'IMAGE_UNSUPPORTED',
      'This file is not a PNG or JPEG image. Save the logo or signature as PNG or JPEG and choose it again.',
    );
  }
  measure(bytes);
  return { mimeType, bytes };
}

export async function setImage(db: WritableDb, kind: ImageKind, base64: string, stamp: string): Promise<void> {
  const { mimeType, bytes } = validateImage(base64);
  await db
    .insertInto('document_images')
    .values({ key: storageKey(kind), mime_type: mimeType, bytes, updated_at: stamp })
    .onConflict((oc) => oc.column('key').doUpdateSet({ mime_type: mimeType, bytes, updated_at: stamp }))
    .execute();
}

export async function clearImage(db: WritableDb, kind: ImageKind): Promise<void> {
  await db.deleteFrom('document_images').where('key', '=', storageKey(kind)).execute();
}

/** The stored bytes of each image, for the PDF writer. */
export async function readImageBytes(db: Db): Promise<Record<ImageKind, Buffer | null>> {
  const rows = await db.selectFrom('document_images').select(['key', 'bytes']).execute();
  const byKey = new Map(rows.map((r) => [r.key, Buffer.from(r.bytes)]));
  return { logo: byKey.get(storageKey('logo')) ?? null, signature: byKey.get(storageKey('signature')) ?? null };
}

export async function readImages(db: Db): Promise<Record<ImageKind, LetterheadImage | null>> {
  const rows = await db.selectFrom('document_images').selectAll().execute();
  const result: Record<ImageKind, LetterheadImage | null> = { logo: null, signature: null };
  for (const kind of imageKinds) {
    const row = rows.find((r) => r.key === storageKey(kind));
    if (!row) continue;
    const bytes = Buffer.from(row.bytes);
    result[kind] = {
      mimeType: row.mime_type as LetterheadImage['mimeType'],
      base64: bytes.toString('base64'),
      ...measure(bytes),
    };
  }
  return result;
}
