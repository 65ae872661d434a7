import { readFileSync } from 'node:fs';
import { resourcePath } from '../resources';

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
 * The parts of pdfkit (0.17) and fontkit (2) that are not in their typings: a
 * document keeps its loaded fonts in `_fontFamilies`, each wrapping a fontkit
 * font (`font`) that keeps its decoded tables in `_tables`.
 */
interface PdfkitFonts {
  _fontFamilies?: Record<string, { font?: { _tables?: object } } | undefined>;
}

/**
 * Each face's decoded font tables, shared by every document. pdfkit parses a
 * font afresh in every document, and with Noto most of a short document's
 * time went to decoding the positioning tables (kerning, accents) again.
 * Decoded tables are read-only, so every document's copy of a face can use
 * the same ones (fontkit shares them the same way between a font's
 * variations). Only the tables are shared: each document keeps its own
 * glyphs and subset, so files look, embed and extract exactly as before.
 */
const decodedTables = new Map<FontName, object>();

export function registerFonts(doc: PDFKit.PDFDocument): void {
  const loaded = (doc as unknown as PdfkitFonts)._fontFamilies;
  for (const name of Object.keys(files) as FontName[]) {
    doc.registerFont(name, bytesOf(name));
    doc.font(name);
    const font = loaded?.[name]?.font;
    // Without these internals (another pdfkit version), each document decodes its own tables: slower, same files.
    if (!font?._tables) continue;
    const shared = decodedTables.get(name);
    if (shared) font._tables = shared;
    else decodedTables.set(name, font._tables);
  }
}
