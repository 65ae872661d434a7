import { describe, expect, it } from 'vitest';
import { fonts } from '../../../electron/core/documents/pdf/fonts';
import { PdfWriter } from '../../../electron/core/documents/pdf/writer';
import { readPdf } from '../../support/pdfText';

/** pdfkit keeps a document's loaded fonts here; each wraps a parsed (fontkit) font. */
type LoadedFonts = Record<string, { font: unknown }>;
const loadedFonts = (writer: PdfWriter) => (writer.doc as unknown as { _fontFamilies: LoadedFonts })._fontFamilies;

function writeNames(names: string[]): PdfWriter {
  const writer = new PdfWriter({ title: 'Names', author: 'Test', subject: 'Fonts', fixedDate: new Date(0) });
  writer.heading(names[0]!, 1);
  for (const name of names.slice(1)) writer.paragraph(name);
  writer.paragraph('In italics', { font: fonts.sansItalic });
  return writer;
}

describe('document fonts', () => {
  it('are parsed once per process and shared by every document, which still embeds the glyphs it uses', async () => {
    const first = writeNames(['Nguyễn Thị Minh', 'García-López']);
    const second = writeNames(['Pádraig Ó Súilleabháin', 'Zoë Dubois']);
    // The speed of a batch of packets rests on this: if a pdfkit upgrade changes its internals,
    // documents silently fall back to parsing the fonts themselves, and this test says so.
    for (const name of Object.values(fonts)) {
      expect(loadedFonts(first)[name]?.font).toBeDefined();
      expect(loadedFonts(second)[name]?.font).toBe(loadedFonts(first)[name]?.font);
    }
    expect(loadedFonts(second)[fonts.body]).not.toBe(loadedFonts(first)[fonts.body]);

    const [one, two] = await Promise.all([first.finish(), second.finish()]);
    const firstText = (await readPdf(one)).pages[0];
    const secondText = (await readPdf(two)).pages[0];
    expect(firstText).toContain('Nguyễn Thị Minh');
    expect(firstText).toContain('García-López');
    expect(secondText).toContain('Pádraig Ó Súilleabháin');
    expect(secondText).toContain('Zoë Dubois');
    expect(secondText).toContain('In italics');
  });
});
