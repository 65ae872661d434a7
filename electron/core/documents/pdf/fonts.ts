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

const files: Record<(typeof fonts)[keyof typeof fonts], string> = {
  Body: 'NotoSerif-Regular.ttf',
  'Body-Bold': 'NotoSerif-Bold.ttf',
  'Body-Italic': 'NotoSerif-Italic.ttf',
  Sans: 'NotoSans-Regular.ttf',
  'Sans-Bold': 'NotoSans-Bold.ttf',
  'Sans-Italic': 'NotoSans-Italic.ttf',
};

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(files)) doc.registerFont(name, resourcePath('fonts', file));
}
