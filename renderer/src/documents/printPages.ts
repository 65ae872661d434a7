import type { PDFDocumentProxy } from 'pdfjs-dist';
import { renderPage } from './pdfjs';
import './print.css';

/** Pixels per PDF point when printing: about 150 dpi, sharp on paper without huge images. */
const printScale = 150 / 72;

/**
 * Prints every page of the document through the browser's print, which in
 * Electron opens the operating system's print dialog. The pages are drawn as
 * images into a container that the print stylesheet shows alone, one page
 * per sheet; the container is removed when printing is done.
 */
export async function printPages(pdf: PDFDocumentProxy, title: string): Promise<void> {
  const container = document.createElement('div');
  container.className = 'trellis-print-pages';
  container.setAttribute('aria-hidden', 'true');
  const canvas = document.createElement('canvas');
  for (let n = 1; n <= pdf.numPages; n++) {
    await renderPage(pdf, n, canvas, printScale, 1);
    const image = document.createElement('img');
    image.alt = `${title}, page ${n} of ${pdf.numPages}`;
    image.src = canvas.toDataURL('image/png');
    await image.decode();
    container.append(image);
  }
  const previousTitle = document.title;
  const cleanUp = () => {
    container.remove();
    document.body.classList.remove('trellis-printing');
    document.title = previousTitle;
  };
  document.body.append(container);
  document.body.classList.add('trellis-printing');
  document.title = title; // what the print dialog offers as the job's name
  window.addEventListener('afterprint', cleanUp, { once: true });
  try {
    window.print();
  } finally {
    // print() returns once the dialog closes; afterprint may not fire everywhere.
    cleanUp();
  }
}
