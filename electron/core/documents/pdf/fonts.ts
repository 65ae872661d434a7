import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { resourcePath } from '../../resources';

/** Font names registered in every document. Noto covers Latin Extended and Vietnamese. */
export const fonts = {
  body: 'Body',
  bodyBold: 'Body-Bold',
  bodyItalic: 'Body-Italic',
  sans: 'Sans',
  sansBold: 'Sans-Bold',
  sansItalic: 'Sans-Italic',
} as const;

type FontName = (typeof fonts)[keyof typeof fonts];

const files: Record<FontName, string> = {
  Body: 'NotoSerif-Regular.ttf',
  'Body-Bold': 'NotoSerif-Bold.ttf',
  'Body-Italic': 'NotoSerif-Italic.ttf',
  Sans: 'NotoSans-Regular.ttf',
  'Sans-Bold': 'NotoSans-Bold.ttf',
  'Sans-Italic': 'NotoSans-Italic.ttf',
};

/** The font files, read once per process: a batch of packets would otherwise read 3 MB per document. */
const fileBytes = new Map<FontName, Buffer>();

function bytesOf(name: FontName): Buffer {
  let bytes = fileBytes.get(name);
  if (!bytes) {
    bytes = readFileSync(resourcePath('fonts', files[name]));
    fileBytes.set(name, bytes);
  }
  return bytes;
}

/**
 * The parts of pdfkit (0.17) that are not in its typings: a document keeps
 * its loaded fonts in `_fontFamilies` and numbers them with `_fontCount`; an
 * embedded font wraps a fontkit font (`font`), and its class takes
 * (document, fontkit font, id).
 */
interface PdfkitFonts {
  _fontFamilies?: Record<string, unknown>;
  _fontCount?: number;
  _font?: { font: unknown; constructor: new (doc: PDFKit.PDFDocument, font: unknown, id: string) => unknown };
}

interface ParsedFace {
  fontkitFont: unknown;
  EmbeddedFont: new (doc: PDFKit.PDFDocument, font: unknown, id: string) => unknown;
}

/**
 * Fonts parsed once per process. pdfkit parses a font afresh in every
 * document, and with Noto most of a short document's time goes to decoding
 * the font's positioning tables (kerning, marks) again. A parsed font is
 * read-only once decoded, so every document can share it; each keeps its own
 * subset of the glyphs it uses, so files look and embed exactly as before.
 * Null when pdfkit's internals are not as expected: then each document parses
 * the fonts itself, slower but the same.
 */
const parsedFaces = new Map<FontName, ParsedFace | null>();

function parsedFace(name: FontName): ParsedFace | null {
  if (parsedFaces.has(name)) return parsedFaces.get(name)!;
  const parser = new PDFDocument({ autoFirstPage: false });
  parser.font(bytesOf(name));
  const loaded = (parser as unknown as PdfkitFonts)._font;
  const face = loaded?.font ? { fontkitFont: loaded.font, EmbeddedFont: loaded.constructor } : null;
  parsedFaces.set(name, face);
  return face;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as PdfkitFonts;
  for (const name of Object.keys(files) as FontName[]) {
    doc.registerFont(name, bytesOf(name));
    const face = parsedFace(name);
    if (!face || !internals._fontFamilies || internals._fontCount === undefined) continue;
    // What pdfkit's doc.font(name) would build, but around the shared parsed font.
    internals._fontFamilies[name] = new face.EmbeddedFont(doc, face.fontkitFont, `F${++internals._fontCount}`);
  }
}
