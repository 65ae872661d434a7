import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRef,
  PDFStream,
  PDFString,
  StandardFonts,
  type PDFObject,
} from 'pdf-lib';

/**
 * A letter carrying every kind of active content an upload can bring: a
 * script that runs when the file opens, a document-level script, a page-open
 * script, a link that launches cmd.exe, an attached executable, a form field
 * with a script, and one harmless web link that must survive.
 */
export async function hostileLetterPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText('Letter of support for Dr. Okafor', { x: 72, y: 700, size: 14, font });
  const ctx = doc.context;
  const script = (js: string) => ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(js) });
  doc.catalog.set(PDFName.of('OpenAction'), ctx.register(script('app.alert("opened")')));
  const names = ctx.obj({ Names: [PDFString.of('init'), ctx.register(script('this.exportDataObject()'))] });
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ JavaScript: ctx.register(names) }));
  page.node.set(PDFName.of('AA'), ctx.obj({ O: script('app.launchURL("http://evil.example")') }));
  const launch = ctx.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [72, 600, 300, 620],
    A: { S: 'Launch', F: PDFString.of('cmd.exe'), Win: { F: PDFString.of('C:\\Windows\\System32\\cmd.exe') } },
  });
  const web = ctx.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [72, 560, 300, 580],
    A: { S: 'URI', URI: PDFString.of('https://medicine.example.edu/mentoring') },
  });
  page.node.set(PDFName.of('Annots'), ctx.obj([ctx.register(launch), ctx.register(web)]));
  await doc.attach(Buffer.from('MZ this is not really a program'), 'payload.exe', {
    mimeType: 'application/octet-stream',
    description: 'attachment',
  });
  const field = doc.getForm().createTextField('signature');
  field.addToPage(page, { x: 72, y: 500, width: 200, height: 20 });
  field.acroField.dict.set(PDFName.of('AA'), ctx.obj({ K: script('event.value = "x"') }));
  return doc.save({ useObjectStreams: false });
}

export interface ActiveContentFound {
  names: string[];
  uriLinks: number;
}

/** Every name in the file that belongs to active content, and how many web links it has. */
export async function activeContentIn(bytes: Uint8Array): Promise<ActiveContentFound> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const found = new Set<string>();
  let uriLinks = 0;
  const watched = new Set([
    'JavaScript',
    'JS',
    'Launch',
    'EmbeddedFile',
    'EmbeddedFiles',
    'OpenAction',
    'AA',
    'EF',
    'FileAttachment',
  ]);
  const seen = new Set<PDFObject>();
  const walk = (value: PDFObject | undefined) => {
    if (!value || seen.has(value)) return;
    seen.add(value);
    if (value instanceof PDFRef) return walk(doc.context.lookup(value));
    if (value instanceof PDFName && watched.has(value.decodeText())) found.add(value.decodeText());
    const dict = value instanceof PDFStream ? value.dict : value instanceof PDFDict ? value : null;
    if (dict) {
      if (dict.get(PDFName.of('S'))?.toString() === '/URI') uriLinks += 1;
      for (const [key, child] of dict.entries()) {
        if (watched.has(key.decodeText())) found.add(key.decodeText());
        walk(child);
      }
    }
    if (value instanceof PDFArray) for (const child of value.asArray()) walk(child);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) walk(object);
  return { names: [...found].sort(), uriLinks };
}

/**
 * A small file declaring `pages` pages, packed in a compressed object stream
 * the way a real tool would (1.3 MB for 100,000 pages): written by hand,
 * because making it with pdf-lib takes minutes.
 */
export function manyPagesPdf(pages: number): Buffer {
  const first = 3;
  const objects: string[] = [];
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>');
  let header = '';
  let body = '';
  objects.forEach((object, i) => {
    header += `${first + i} ${body.length} `;
    body += `${object}\n`;
  });
  const packed = deflateSync(Buffer.from(header + body, 'latin1'));
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  const parts = [
    '%PDF-1.7\n',
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    `2 0 obj\n<< /Type /Pages /Count ${pages} /Kids [${kids}] >>\nendobj\n`,
    `${first + pages} 0 obj\n<< /Type /ObjStm /N ${pages} /First ${header.length} /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`,
  ];
  return Buffer.concat([
    Buffer.from(parts.join(''), 'latin1'),
    packed,
    Buffer.from(
      `\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size ${first + pages + 1} >>\nstartxref\n0\n%%EOF\n`,
      'latin1',
    ),
  ]);
}
