import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/*
 * pdf.js parses in a module worker that Vite ships as a file of the app
 * itself, so it loads under the Content Security Policy's worker-src 'self'
 * (app://trellis/ in Electron, the test host's origin in tests). Nothing is
 * fetched from elsewhere: our PDFs embed their fonts.
 */
GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens a PDF the core returned (base64) for rendering. `eval` stays off, as the policy requires. */
export function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const binary = atob(base64);
  const data = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
  return getDocument({ data, isEvalSupported: false, useSystemFonts: false, enableXfa: false }).promise;
}

/** Draws one page into a canvas at `scale` (CSS pixels per PDF point), sharp on high-density screens. */
export async function renderPage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  scale: number,
  pixelRatio = window.devicePixelRatio || 1,
): Promise<void> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: scale * pixelRatio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
}
