import PDFDocument from 'pdfkit';
import { fonts, registerFonts } from './fonts';
import { openImage } from './openImage';

export interface PdfSettings {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  /** BCP 47 language of the text, for screen readers. */
  language?: string;
  layout?: 'portrait' | 'landscape';
  /** Footer text on every page; null for none. */
  confidentiality?: string | null;
  /** Deterministic mode (tests): a fixed creation date, which also fixes the file id. */
  fixedDate?: Date;
}

export const defaultConfidentiality = 'Confidential — for the Office of Academic Affairs and the people named in it.';

const margin = 54; // 0.75 in
const footerGap = 26;

/**
 * A tagged, bookmarked PDF with the office's fonts, metadata and page
 * furniture ("Page X of Y" and a confidentiality line, marked as artifacts so
 * screen readers skip them). Content is added top-down through the helpers so
 * every piece lands in the structure tree in reading order.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly root: PDFKit.PDFStructureElement;
  private readonly result: Promise<Buffer>;
  private readonly confidentiality: string | null;

  constructor(settings: PdfSettings) {
    const date = settings.fixedDate ?? new Date();
    this.confidentiality = settings.confidentiality === undefined ? defaultConfidentiality : settings.confidentiality;
    this.doc = new PDFDocument({
      size: 'LETTER',
      layout: settings.layout ?? 'portrait',
      margins: { top: margin, left: margin, right: margin, bottom: margin + footerGap },
      bufferPages: true,
      autoFirstPage: true,
      pdfVersion: '1.7',
      tagged: true,
      lang: settings.language ?? 'en-US',
      displayTitle: true,
      info: {
        Title: settings.title,
        Author: settings.author,
        Subject: settings.subject,
        Keywords: settings.keywords ?? '',
        Creator: 'Trellis',
        Producer: 'Trellis',
        CreationDate: date,
        ModDate: date,
      },
    } as PDFKit.PDFDocumentOptions);
    registerFonts(this.doc);
    this.doc.font(fonts.body).fontSize(10.5).fillColor('#1a1a1a');
    const chunks: Buffer[] = [];
    this.result = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** The lowest y that content may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** A heading, optionally bookmarked; returns the outline item so sections can nest. */
  heading(
    text: string,
    level: 1 | 2 | 3,
    options: { bookmark?: boolean; under?: PDFKit.PDFOutline } = {},
  ): PDFKit.PDFOutline | undefined {
    const size = level === 1 ? 18 : level === 2 ? 13.5 : 11.5;
    this.ensureSpace(size * 3);
    if (level > 1 && this.doc.y > this.doc.page.margins.top + 1) this.doc.moveDown(0.6);
    this.root.add(
      this.doc.struct(`H${level}`, {}, () => {
        this.doc.font(fonts.sansBold).fontSize(size).fillColor('#1f3a5f').text(text, { width: this.contentWidth });
      }),
    );
    this.doc.moveDown(0.35);
    this.resetBody();
    if (!options.bookmark) return undefined;
    return (options.under ?? this.doc.outline).addItem(text);
  }

  paragraph(
    text: string,
    options: { font?: string; size?: number; color?: string; align?: 'left' | 'justify' } = {},
  ): void {
    this.root.add(
      this.doc.struct('P', {}, () => {
        this.doc
          .font(options.font ?? fonts.body)
          .fontSize(options.size ?? 10.5)
          .fillColor(options.color ?? '#1a1a1a')
          .text(text, { width: this.contentWidth, align: options.align ?? 'left', lineGap: 1.5 });
      }),
    );
    this.doc.moveDown(0.5);
    this.resetBody();
  }

  list(items: string[]): void {
    if (items.length === 0) return;
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      this.ensureSpace(this.doc.currentLineHeight(true) * 2);
      const y = this.doc.y;
      list.add(
        this.doc.struct('LI', {}, [
          this.doc.struct('Lbl', {}, () => {
            this.doc
              .font(fonts.body)
              .fontSize(10.5)
              .text('•', this.left + 6, y, { lineBreak: false });
          }),
          this.doc.struct('LBody', {}, () => {
            this.doc.text(item, this.left + 20, y, { width: this.contentWidth - 20, lineGap: 1.5 });
          }),
        ]),
      );
      this.doc.x = this.left;
      this.doc.moveDown(0.2);
    }
    this.doc.moveDown(0.4);
  }

  /**
   * An image that carries meaning (a logo, a signature), tagged as a Figure
   * with alternative text for screen readers. Scaled to fit the box; returns
   * the size it was drawn at.
   */
  figure(bytes: Buffer, alt: string, box: { x: number; y: number; width: number; height: number }) {
    const image = openImage(this.doc, bytes);
    const scale = Math.min(box.width / image.width, box.height / image.height, 1);
    const size = { width: image.width * scale, height: image.height * scale };
    this.root.add(
      this.doc.struct('Figure', { alt }, () => {
        this.doc.image(bytes, box.x, box.y, size);
      }),
    );
    return size;
  }

  /** Drawing that carries no meaning (rules, borders) is marked as an artifact. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  resetBody(): void {
    this.doc.font(fonts.body).fontSize(10.5).fillColor('#1a1a1a');
    this.doc.x = this.left;
  }

  /** Adds the page furniture to every page and returns the finished file. */
  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const savedBottom = page.margins.bottom;
      page.margins.bottom = 0; // drawing in the margin must not start a new page
      const y = page.height - margin - 6;
      const width = page.width - page.margins.left - page.margins.right;
      this.doc.markContent('Artifact', { type: 'Pagination' } as never);
      this.doc.font(fonts.sans).fontSize(8).fillColor('#5b6573');
      if (this.confidentiality) {
        this.doc.text(this.confidentiality, page.margins.left, y, { width: width - 90, lineBreak: false });
      }
      this.doc.text(`Page ${index - range.start + 1} of ${range.count}`, page.margins.left, y, {
        width,
        align: 'right',
        lineBreak: false,
      });
      this.doc.endMarkedContent();
      page.margins.bottom = savedBottom;
    }
    this.root.end();
    this.doc.end();
    return this.result;
  }
}
