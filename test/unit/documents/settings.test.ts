import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { standardTexts } from '../../../electron/core/documents/settings/standardTexts';
import { TrellisError } from '../../../electron/common/errors';
import { solidPng } from '../../support/documentRecords';
import { createTempCore, type TempCore } from '../../support/tempCore';

describe('document settings', () => {
  let temp: TempCore;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);
  const audit = () =>
    temp.core.session
      .require()
      .kysely.selectFrom('audit_log')
      .select(['operation', 'record_type', 'record_id'])
      .orderBy('id')
      .execute();

  async function refused(promise: Promise<unknown>): Promise<TrellisError> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TrellisError);
    return error as TrellisError;
  }

  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  });
  afterEach(async () => temp.dispose());

  it('starts from defaults, saves the letterhead and texts, and resets a text to its default', async () => {
    const fresh = await call('documents.settings.get', {});
    expect(fresh.letterhead.office).toBe('Office of Academic Affairs');
    expect(fresh.texts.agreementConcerns).toEqual({
      value: standardTexts.agreementConcerns.defaultText,
      isDefault: true,
    });
    expect(fresh.images).toEqual({ logo: null, signature: null });

    const saved = await call('documents.settings.update', {
      letterhead: { institution: '  Lakeside University School of Medicine ', signatoryName: 'Dr. Pádraig Ó Briain' },
      texts: { letterOpening: 'Dear colleagues, {name} mentored from {period}.' },
    });
    expect(saved.letterhead.institution).toBe('Lakeside University School of Medicine');
    expect(saved.letterhead.signatoryName).toBe('Dr. Pádraig Ó Briain');
    expect(saved.letterhead.office).toBe('Office of Academic Affairs');
    expect(saved.texts.letterOpening).toEqual({
      value: 'Dear colleagues, {name} mentored from {period}.',
      isDefault: false,
    });
    expect(await call('documents.settings.get', {})).toEqual(saved);

    const reset = await call('documents.settings.update', { texts: { letterOpening: null } });
    expect(reset.texts.letterOpening).toEqual({ value: standardTexts.letterOpening.defaultText, isDefault: true });
    expect(reset.letterhead.signatoryName).toBe('Dr. Pádraig Ó Briain');

    // The audit log names the settings that changed, never their text.
    const entries = await audit();
    expect(entries.map((e) => e.record_id)).toEqual([
      'documents.letterhead.institution',
      'documents.letterhead.signatoryName',
      'documents.text.letterOpening',
      'documents.text.letterOpening',
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/Lakeside|Briain|colleagues/);
  });

  it('refuses an empty text and an over-long footer, saving nothing', async () => {
    const empty = await refused(call('documents.settings.update', { texts: { groupAttendance: '   ' } }));
    expect(empty.code).toBe('VALIDATION');
    expect(empty.fields?.['texts.groupAttendance']).toBe('Write the text, or reset it to the default.');
    const long = await refused(
      call('documents.settings.update', {
        letterhead: { institution: 'Changed', confidentiality: 'x'.repeat(121) },
      }),
    );
    expect(long.code).toBe('VALIDATION');
    const after = await call('documents.settings.get', {});
    expect(after.letterhead.institution).toBe('School of Medicine');
    expect(after.texts.groupAttendance.isDefault).toBe(true);
    expect(await audit()).toEqual([]);
  });

  it('keeps a PNG logo and a JPEG signature with their sizes, and clears them', async () => {
    const png = solidPng(240, 80);
    const withLogo = await call('documents.images.set', { kind: 'logo', base64: png.toString('base64') });
    expect(withLogo.images.logo).toMatchObject({ mimeType: 'image/png', width: 240, height: 80 });
    expect(Buffer.from(withLogo.images.logo!.base64, 'base64').equals(png)).toBe(true);

    const jpeg = minimalJpeg(120, 40);
    const withSignature = await call('documents.images.set', { kind: 'signature', base64: jpeg.toString('base64') });
    expect(withSignature.images.signature).toMatchObject({ mimeType: 'image/jpeg', width: 120, height: 40 });

    const cleared = await call('documents.images.clear', { kind: 'logo' });
    expect(cleared.images.logo).toBeNull();
    expect(cleared.images.signature).not.toBeNull();
  });

  it('refuses files that are not PNG or JPEG, damaged images and images over 2 MB, with plain messages', async () => {
    const notImage = await refused(
      call('documents.images.set', { kind: 'logo', base64: Buffer.from('%PDF-1.7 not a picture').toString('base64') }),
    );
    expect(notImage.code).toBe('IMAGE_UNSUPPORTED');
    expect(notImage.message).toBe(
      'This file is not a PNG or JPEG image. Save the logo or signature as PNG or JPEG and choose it again.',
    );

    const damaged = solidPng(10, 10).subarray(0, 20); // the signature survives, the header does not
    const broken = await refused(call('documents.images.set', { kind: 'logo', base64: damaged.toString('base64') }));
    expect(broken.code).toBe('IMAGE_UNSUPPORTED');
    expect(broken.message).toMatch(/could not be read; the file may be damaged/);

    const big = Buffer.concat([solidPng(4, 4), Buffer.alloc(2 * 1024 * 1024)]);
    const tooLarge = await refused(call('documents.images.set', { kind: 'signature', base64: big.toString('base64') }));
    expect(tooLarge.code).toBe('IMAGE_TOO_LARGE');
    expect(tooLarge.message).toBe('The image is larger than 2 MB. Choose a smaller PNG or JPEG image.');

    const garbled = await refused(call('documents.images.set', { kind: 'logo', base64: 'not base64 at all!' }));
    expect(garbled.code).toBe('IMAGE_UNSUPPORTED');

    expect((await call('documents.settings.get', {})).images).toEqual({ logo: null, signature: null });
    expect(await audit()).toEqual([]);
  });
});

/** The smallest JPEG header pdfkit reads: SOI, then a baseline frame header with the size. */
function minimalJpeg(width: number, height: number): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  frame.writeUInt16BE(height, 5);
  frame.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), frame, Buffer.from([0xff, 0xd9])]);
}
