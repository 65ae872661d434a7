import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfContents {
  pageCount: number;
  /** Text of each page, items joined by spaces and whitespace collapsed. */
  pages: string[];
  /** Bookmark titles, depth-first, nested ones indented by two spaces per level. */
  outline: string[];
  info: Record<string, unknown>;
  /** True when the catalog marks the file as tagged (has a structure tree). */
  tagged: boolean;
  language: string | null;
}

/** Reads a PDF the way a person's viewer would: its text, bookmarks and metadata. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  const outline: string[] = [];
  const walk = (items: { title: string; items: unknown[] }[] | null, depth: number) => {
    for (const item of items ?? []) {
      outline.push(`${'  '.repeat(depth)}${item.title}`);
      walk(item.items as { title: string; items: unknown[] }[], depth + 1);
    }
  };
  walk((await pdf.getOutline()) as { title: string; items: unknown[] }[] | null, 0);
  const { info } = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  const page1 = await pdf.getPage(1);
  const tree = await page1.getStructTree();
  await pdf.destroy();
  return {
    pageCount: pages.length,
    pages,
    outline,
    info: info as Record<string, unknown>,
    tagged: Boolean(markInfo?.Marked) && tree !== null,
    language: ((info as Record<string, unknown>).Language as string | undefined) ?? null,
  };
}
