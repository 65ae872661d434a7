import { type PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

/** A bookmark: a title, the 0-based page it opens, and bookmarks nested under it. */
export interface Bookmark {
  title: string;
  pageIndex: number;
  children?: Bookmark[];
  /** Shown folded in the viewer's panel (the combined file folds each nominee's parts). */
  closed?: boolean;
}

/**
 * Writes the document's outline (bookmarks). pdf-lib has no outline API, so
 * the /Outlines tree is built from its dictionaries (PDF 32000-1, 12.3.3):
 * each item links to its parent and siblings, names its first and last child,
 * and counts its visible descendants (negative when closed).
 */
export function writeOutline(doc: PDFDocument, bookmarks: Bookmark[]): void {
  const { context } = doc;
  const pages = doc.getPages();
  const rootRef = context.nextRef();

  const addLevel = (items: Bookmark[], parentRef: PDFRef): { first: PDFRef; last: PDFRef; visible: number } | null => {
    if (items.length === 0) return null;
    const refs = items.map(() => context.nextRef());
    let visible = items.length;
    items.forEach((item, i) => {
      const page = pages[item.pageIndex];
      if (!page) throw new Error(`Bookmark points past the last page (${item.pageIndex}).`);
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parentRef);
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const children = addLevel(item.children ?? [], refs[i]!);
      if (children) {
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(item.closed ? -children.visible : children.visible));
        if (!item.closed) visible += children.visible;
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, visible };
  };

  const top = addLevel(bookmarks, rootRef);
  const root = context.obj({ Type: 'Outlines' }) as PDFDict;
  if (top) {
    root.set(PDFName.of('First'), top.first);
    root.set(PDFName.of('Last'), top.last);
    root.set(PDFName.of('Count'), PDFNumber.of(top.visible));
  }
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
