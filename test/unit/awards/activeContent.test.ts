import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeContentIn, hostileLetterPdf, manyPagesPdf } from '../../support/hostileLetters';
import { letterPdf, toBase64 } from '../../support/letterPdfs';
import { auditCount, database, expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { readPdf } from '../../support/pdfText';
import { addAwardCycle, addNominationPeople } from './awardSetup';

describe('letters from outside', () => {
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

  const add = async (bytes: Uint8Array, fileName = 'letter.pdf') =>
    t.core.call('awards.letters.add', {
      nominationId,
      kind: 'support',
      title: 'Letter from Dr. Ruiz',
      fileName,
      base64: toBase64(bytes),
    });

  it('are stored and packeted without scripts, launch actions, attachments or form scripts; the page and its web link stay', async () => {
    const hostile = await hostileLetterPdf();
    const before = await activeContentIn(hostile);
    expect(before.names).toEqual(
      expect.arrayContaining(['AA', 'EmbeddedFile', 'EmbeddedFiles', 'JS', 'JavaScript', 'Launch', 'OpenAction']),
    );

    const added = await add(hostile);
    const stored = await database(t.core)
      .selectFrom('nomination_letters')
      .select('bytes')
      .where('id', '=', added.letter.id)
      .executeTakeFirstOrThrow();
    expect(await activeContentIn(stored.bytes)).toEqual({ names: [], uriLinks: 1 });
    expect((await readPdf(stored.bytes)).pages).toEqual(['Letter of support for Dr. Okafor']);

    const packet = await t.core.call('awards.packets.one', { nominationId });
    const packetBytes = Buffer.from(packet.file.base64, 'base64');
    expect((await activeContentIn(packetBytes)).names).toEqual([]);
    expect((await readPdf(packetBytes)).pages).toContain('Letter of support for Dr. Okafor');
  });

  it('stored before uploads were cleaned still reach the packet without active content', async () => {
    const added = await add(await letterPdf(1));
    await database(t.core)
      .updateTable('nomination_letters')
      .set({ bytes: Buffer.from(await hostileLetterPdf()) })
      .where('id', '=', added.letter.id)
      .execute();
    const packet = await t.core.call('awards.packets.one', { nominationId });
    expect((await activeContentIn(Buffer.from(packet.file.base64, 'base64'))).names).toEqual([]);
  });

  it('are refused over the office’s page limit (60 by default), before the whole file is read', async () => {
    const before = await auditCount(t.core);
    const error = await expectError(add(await letterPdf(61), 'long.pdf'), 'LETTER_TOO_MANY_PAGES');
    expect(error.message).toBe(
      'long.pdf has 61 pages; a letter can have at most 60. Ask for the letter itself, without attachments.',
    );
    expect(await auditCount(t.core)).toBe(before);

    await t.core.call('awards.letters.settings.update', { maxPages: 80 });
    expect(await t.core.call('awards.letters.settings.get', {})).toEqual({ maxPages: 80 });
    expect((await add(await letterPdf(61), 'long.pdf')).letter.pages).toBe(61);
  });

  it('with 100,000 pages in a small file is refused by its first look, pages packed in object streams', async () => {
    const bytes = manyPagesPdf(100_000);
    expect(bytes.length).toBeLessThan(1.5 * 1024 * 1024);
    const error = await expectError(add(bytes, 'huge.pdf'), 'LETTER_TOO_MANY_PAGES');
    expect(error.message).toBe(
      'huge.pdf has 100,000 pages; a letter can have at most 60. Ask for the letter itself, without attachments.',
    );
    expect((await t.core.call('awards.nominations.get', { id: nominationId })).letters).toEqual([]);
  });
});
