import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptedLetterPdf, letterPdf, notAPdf, toBase64, truncatedLetterPdf } from '../../support/letterPdfs';
import { readPdf } from '../../support/pdfText';
import { filesContainingPlaintext, filesIn } from '../../support/plaintextScan';
import { auditCount, database, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { addAwardCycle, addNominationPeople } from './awardSetup';

describe('nomination letters', () => {
  let t: TestCore;
  let nominationId: number;
  beforeEach(async () => {
    t = await openTestCore('2025-06-15');
    const { cycle } = await addAwardCycle(t.core);
    const people = await addNominationPeople(t.core);
    ({ id: nominationId } = await t.core.call('awards.nominations.create', {
      cycleId: cycle.id,
      nomineeId: people.nominee.id,
      nominatorId: people.nominator.id,
      statement: 'Statement',
    }));
  });
  afterEach(() => t.close());

  const add = async (
    bytes: Uint8Array,
    extra: { kind?: 'nomination' | 'support' | 'cv'; title?: string; fileName?: string } = {},
  ) =>
    t.core.call('awards.letters.add', {
      nominationId,
      kind: extra.kind ?? 'support',
      title: extra.title ?? 'Letter from Dr. Ruiz',
      author: 'Dr. Ruiz',
      fileName: extra.fileName ?? 'ruiz.pdf',
      base64: toBase64(bytes),
    });

  it('refuses a password-protected letter with a clear message and writes nothing', async () => {
    const before = await auditCount(t.core);
    const error = await expectError(add(await encryptedLetterPdf(), { fileName: 'protected.pdf' }), 'LETTER_ENCRYPTED');
    expect(error.message).toBe('protected.pdf is password-protected. Ask the writer for an unprotected copy.');
    expect(await auditCount(t.core)).toBe(before);
    expect((await t.core.call('awards.nominations.get', { id: nominationId })).letters).toEqual([]);
  });

  it('refuses a truncated PDF and a file that is not a PDF at all', async () => {
    for (const [bytes, fileName] of [
      [await truncatedLetterPdf(), 'cut-off.pdf'],
      [notAPdf, 'letter.pdf'],
    ] as const) {
      const error = await expectError(add(bytes, { fileName }), 'LETTER_UNREADABLE');
      expect(error.message).toBe(
        `${fileName} is not a PDF file that Trellis can read; it may be damaged or incomplete. Save it again as PDF and upload that copy.`,
      );
    }
    const empty = await expectError(add(new Uint8Array(0), { fileName: 'empty.pdf' }), 'VALIDATION');
    expect(empty.fields).toEqual({ base64: 'Choose a PDF file.' });
    expect((await t.core.call('awards.nominations.get', { id: nominationId })).letters).toEqual([]);
  });

  it('refuses a file over the size cap', async () => {
    const big = Buffer.concat([Buffer.from(await letterPdf(1)), Buffer.alloc(15 * 1024 * 1024)]);
    const error = await expectError(add(big, { fileName: 'scan.pdf' }), 'LETTER_TOO_LARGE');
    expect(error.message).toMatch(/^scan\.pdf is 15\.0 MB; letters can be at most 15\.0 MB\./);
  });

  it('stores the letter and the upload’s checksum inside the database, counts pages, and nothing else reaches the disk', async () => {
    const marker = 'Zebulon-Quartermaine-letter-marker';
    const document = await PDFDocument.load(await letterPdf(2));
    document.setTitle(marker);
    const bytes = await document.save({ useObjectStreams: false });
    const added = await add(bytes, { title: 'Letter from Dr. Ruiz' });
    expect(added.letter).toMatchObject({ kind: 'support', pages: 2, fileName: 'ruiz.pdf', position: 0 });
    expect(added.letter.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(added.warnings).toEqual([]);

    const stored = await database(t.core)
      .selectFrom('nomination_letters')
      .select(['bytes', 'pages'])
      .where('id', '=', added.letter.id)
      .executeTakeFirstOrThrow();
    // Stored as saved again without active content: the same pages, the same words.
    expect(added.letter.sizeBytes).toBe(stored.bytes.length);
    expect((await readPdf(stored.bytes)).pages).toEqual((await readPdf(bytes)).pages);

    const downloaded = await t.core.call('awards.letters.download', { id: added.letter.id });
    expect(downloaded).toMatchObject({ fileName: 'ruiz.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(downloaded.base64, 'base64').equals(Buffer.from(stored.bytes))).toBe(true);

    expect(filesIn(t.dir).every((name) => name.startsWith('trellis.db'))).toBe(true);
    expect(filesContainingPlaintext(t.dir, [marker, 'Letter from Dr. Ruiz'])).toEqual([]);
  });

  it('warns, without refusing, over the per-letter page limit and the number of support letters', async () => {
    expect((await add(await letterPdf(1), { title: 'First' })).warnings).toEqual([]);
    const long = await add(await letterPdf(3), { title: 'Second' });
    expect(long.warnings).toEqual([
      { code: 'LETTER_OVER_PAGE_LIMIT', message: '“Second” has 3 pages; this cycle allows 2 per letter.' },
    ]);
    const cv = await add(await letterPdf(9), { kind: 'cv', title: 'CV' });
    expect(cv.warnings).toHaveLength(1);
    const third = await add(await letterPdf(1), { title: 'Third' });
    expect(third.warnings.map((w) => w.message)).toEqual([
      '“Second” has 3 pages; this cycle allows 2 per letter.',
      'This nomination has 3 support letters; this cycle allows 2.',
    ]);
    expect(third.nomination.letters.map((l) => [l.title, l.pages, l.position])).toEqual([
      ['First', 1, 0],
      ['Second', 3, 1],
      ['CV', 9, 2],
      ['Third', 1, 3],
    ]);
    expect((await t.core.call('awards.nominations.list', { cycleId: third.nomination.cycleId }))[0]).toMatchObject({
      letterCount: 4,
      warnings: third.warnings,
    });
  });

  it('reorders and removes letters, keeping positions in order; a stale order is refused', async () => {
    const a = (await add(await letterPdf(1), { title: 'A' })).letter;
    const b = (await add(await letterPdf(1), { title: 'B' })).letter;
    const c = (await add(await letterPdf(1), { title: 'C', kind: 'nomination' })).letter;
    const reordered = await t.core.call('awards.letters.reorder', { nominationId, order: [c.id, a.id, b.id] });
    expect(reordered.letters.map((l) => [l.title, l.position])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
    await expectError(t.core.call('awards.letters.reorder', { nominationId, order: [a.id, b.id] }), 'CONFLICT');
    const removed = await t.core.call('awards.letters.remove', { id: a.id });
    expect(removed.letters.map((l) => [l.title, l.position])).toEqual([
      ['C', 0],
      ['B', 1],
    ]);
  });

  it('keeps the letters as submitted once the committee reviews the nomination', async () => {
    const kept = (await add(await letterPdf(1), { title: 'Kept' })).letter;
    await t.core.call('awards.nominations.setStatus', { id: nominationId, status: 'submitted' });
    await t.core.call('awards.nominations.setStatus', { id: nominationId, status: 'under_review' });
    const refused = await expectError(add(await letterPdf(1), { title: 'Late' }), 'CONFLICT');
    expect(refused.message).toMatch(
      /^This nomination is under review, so its statement and letters can no longer change\./,
    );
    await expectError(t.core.call('awards.letters.remove', { id: kept.id }), 'CONFLICT');
    expect((await t.core.call('awards.nominations.get', { id: nominationId })).letters.map((l) => l.title)).toEqual([
      'Kept',
    ]);
  });

  it('saves a nomination and its letters together, or neither when one letter is refused', async () => {
    const { cycle } = await addAwardCycle(t.core, { year: 2026 });
    const people = await t.core.call('faculty.list', { search: 'Nguyễn' });
    const nominee = people.rows[0]!;
    const nominator = (await t.core.call('faculty.list', { search: 'García' })).rows[0]!;
    const letter = {
      kind: 'support' as const,
      title: 'Support',
      fileName: 'support.pdf',
      base64: toBase64(await letterPdf(1)),
    };
    const before = await auditCount(t.core);
    await expectError(
      t.core.call('awards.nominations.create', {
        cycleId: cycle.id,
        nomineeId: nominee.id,
        nominatorId: nominator.id,
        letters: [letter, { ...letter, fileName: 'locked.pdf', base64: toBase64(await encryptedLetterPdf()) }],
      }),
      'LETTER_ENCRYPTED',
    );
    expect(await auditCount(t.core)).toBe(before);
    expect(await t.core.call('awards.nominations.list', { cycleId: cycle.id })).toEqual([]);
    const made = await t.core.call('awards.nominations.create', {
      cycleId: cycle.id,
      nomineeId: nominee.id,
      nominatorId: nominator.id,
      letters: [letter, { ...letter, kind: 'cv', title: 'CV', base64: toBase64(await letterPdf(4)) }],
    });
    expect(made.letters.map((l) => [l.kind, l.pages])).toEqual([
      ['support', 1],
      ['cv', 4],
    ]);
  });
});
