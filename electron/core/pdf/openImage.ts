/** pdfkit parses PNG and JPEG with `openImage`, which its type definitions leave out. */
interface OpenedImage {
  width: number;
  height: number;
}

export function openImage(doc: PDFKit.PDFDocument, bytes: Buffer): OpenedImage {
  return (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(bytes);
}
