import { describe, expect, it } from 'vitest';
import { fonts } from '../../../electron/core/pdf/fonts';
import { PdfWriter } from '../../../electron/core/pdf/writer';
import { readPdf } from '../../support/pdfText';

/** pdfkit keeps a document's loaded fonts here; each wraps a fontkit font, which keeps its decoded tables. */
type LoadedFonts = Record<string, { font: { _tables: object } }>;
const loadedFonts = (writer: PdfWriter) => (writer.doc as unknown as { _fontFamilies: LoadedFonts })._fontFamilies;

function writeNames(names: string[]): PdfWriter {
  const writer = new PdfWriter({ title: 'Names', author: 'Test', subject: 'Fonts', fixedDate: new Date(0) });
  writer.heading(names[0]!, 1);
  for (const name of names.slice(1)) {
    writer.paragraph(name);
    writer.paragraph(name, { font: fonts.sans });
  }
  return writer;
}

const textOf = async (writer: PdfWriter) => (await readPdf(await writer.finish())).pages.join(' ');

describe('document fonts', () => {
  it('share their decoded tables between documents, which still embed and extract the glyphs they use', async () => {
    // Accented letters are drawn from a base letter and an accent; embedding them must not
    // take the plain letter's character away from a later document's text.
    const first = writeNames(['Pádraig Ó Súilleabháin', 'Nguyễn Thị Minh', 'Zoë Dubois, García-López']);
    const firstText = await textOf(first);
    const second = writeNames(['July and June', 'Mentee Number 4, continuing', 'Úna Ó Súilleabháin']);
    const secondText = await textOf(second);

    for (const name of ['Pádraig Ó Súilleabháin', 'Nguyễn Thị Minh', 'Zoë Dubois, García-López'])
      expect(firstText).toContain(name);
    for (const text of ['July and June', 'Mentee Number 4, continuing', 'Úna Ó Súilleabháin'])
      expect(secondText).toContain(text);

    // The speed of a batch of packets rests on this: if a pdfkit or fontkit upgrade changes these
    // internals, documents silently fall back to decoding the fonts themselves, and this test says so.
    for (const name of Object.values(fonts)) {
      expect(loadedFonts(second)[name]!.font._tables).toBe(loadedFonts(first)[name]!.font._tables);
      // Each document has its own font object (compared by identity: a deep comparison would walk the whole font).
      expect(loadedFonts(second)[name]!.font === loadedFonts(first)[name]!.font).toBe(false);
    }
  });
});
