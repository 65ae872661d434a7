import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * Takes active content out of an uploaded letter, so that opening the
 * committee's packet can run nothing: document and page-open JavaScript,
 * actions that launch programs, import or submit data or play media,
 * embedded (attached) files, and form scripts. What a page shows — its
 * content streams, fonts, images and plain links (URI, go-to-page) — stays
 * exactly as uploaded.
 */

/** Action types (PDF 2.0, 12.6.4) that run or fetch something rather than move within the document or open a web link. */
const activeActions = new Set([
  'JavaScript',
  'Launch',
  'ImportData',
  'SubmitForm',
  'ResetForm',
  'Rendition',
  'Sound',
  'Movie',
  'GoToR',
  'GoToE',
  'RichMediaExecute',
]);

/** Keys that hold scripts, actions that fire by themselves, or embedded files, wherever they appear. */
const activeKeys = ['JS', 'AA', 'OpenAction', 'JavaScript', 'EmbeddedFiles', 'EF', 'XFA', 'RichMediaContent'];

/** Annotations that exist to carry a file, a sound or media. */
const activeAnnotations = new Set(['FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia']);

export interface ActiveContentRemoved {
  /** How many scripts, actions, attachments and media annotations were taken out. */
  removed: number;
}

export function removeActiveContent(document: PDFDocument): ActiveContentRemoved {
  const { context } = document;
  let removed = 0;
  const name = (value: PDFObject | undefined): string | undefined =>
    value instanceof PDFName ? value.decodeText() : value instanceof PDFRef ? name(context.lookup(value)) : undefined;
  const dictOf = (value: PDFObject | undefined): PDFDict | undefined => {
    const resolved = value instanceof PDFRef ? context.lookup(value) : value;
    if (resolved instanceof PDFDict) return resolved;
    if (resolved instanceof PDFStream) return resolved.dict;
    return undefined;
  };
  const isActiveAction = (value: PDFObject | undefined) =>
    activeActions.has(name(dictOf(value)?.get(PDFName.of('S'))) ?? '');
  const isActiveAnnotation = (value: PDFObject | undefined) =>
    activeAnnotations.has(name(dictOf(value)?.get(PDFName.of('Subtype'))) ?? '');

  const clean = (dict: PDFDict) => {
    for (const key of activeKeys) {
      if (dict.has(PDFName.of(key))) {
        dict.delete(PDFName.of(key));
        removed += 1;
      }
    }
    // A link or field whose action runs something keeps its place on the page but does nothing.
    if (dict.has(PDFName.of('A')) && isActiveAction(dict.get(PDFName.of('A')))) {
      dict.delete(PDFName.of('A'));
      removed += 1;
    }
    // An allowed action may chain to a script.
    if (dict.has(PDFName.of('Next'))) {
      dict.delete(PDFName.of('Next'));
      removed += 1;
    }
    const annotations = dict.get(PDFName.of('Annots'));
    const list = annotations instanceof PDFRef ? context.lookup(annotations) : annotations;
    if (list instanceof PDFArray) {
      for (let i = list.size() - 1; i >= 0; i -= 1) {
        if (isActiveAnnotation(list.get(i))) {
          list.remove(i);
          removed += 1;
        }
      }
    }
  };

  const visit = (value: PDFObject, seen: Set<PDFObject>) => {
    if (seen.has(value)) return;
    seen.add(value);
    const dict = value instanceof PDFStream ? value.dict : value instanceof PDFDict ? value : null;
    if (dict) {
      clean(dict);
      for (const [, child] of dict.entries()) if (!(child instanceof PDFRef)) visit(child, seen);
    } else if (value instanceof PDFArray) {
      for (const child of value.asArray()) if (!(child instanceof PDFRef)) visit(child, seen);
    }
  };

  const seen = new Set<PDFObject>();
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    // Attached files' bytes and the script actions themselves go too, not only the references to them.
    const type = name(dictOf(object)?.get(PDFName.of('Type')));
    if ((object instanceof PDFStream && type === 'EmbeddedFile') || isActiveAction(object)) {
      context.delete(ref);
      removed += 1;
      continue;
    }
    visit(object, seen);
  }
  return { removed };
}
