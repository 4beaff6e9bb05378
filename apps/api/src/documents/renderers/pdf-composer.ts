import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { cjkFonts, GlyphGuard } from './cjk-font';

/**
 * The page furniture and the few layout primitives the document renderers share, over pdfkit: A4 pages with a
 * header, a footer holding the verification code, its QR code and "第 X 页 共 Y 页", an optional diagonal watermark
 * under the content, headings that feed the table of contents and the PDF outline, and bordered tables whose rows move
 * to the next page whole, or are split across pages when a single row is taller than a page.
 *
 * Pages are buffered (`bufferPages`) so the page count, the footers and the table of contents are written last.
 * Every string goes through the GlyphGuard, so a character the font lacks is printed as □ and reported.
 */
export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  /** Characters the font could not draw (printed as □), as `U+20000`; to be logged once by the caller. */
  missingGlyphs: string[];
}

export interface Verification {
  /** The code as printed: `3F9A-1C2B-7D4E`. */
  code: string;
  /** Where the QR code and the printed address lead: the public verification page of the code. */
  url: string;
}

export interface ComposerOptions {
  info: { title: string; author: string; subject: string; keywords: string };
  /** The PDF's CreationDate (with it, the same input gives the same bytes). */
  creationDate: Date;
  /** Printed with its QR code in every footer; null for documents that are not archived (e.g. a blank score sheet). */
  verification: Verification | null;
  /** Header of every page but the first. */
  header: string;
  /** A diagonal mark under the content of every page (草稿 before submission), or null. */
  watermark: string | null;
}

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

interface Cell {
  text: string;
  width: number;
  bold?: boolean;
  fill?: string;
  align?: 'left' | 'center' | 'right';
  size?: number;
  /** What the cell shows on the pages a split row continues to, when its own text is used up. */
  continued?: string;
}

export interface ContentsEntry {
  title: string;
  /** 0-based page index. */
  page: number;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 84, left: 56, right: 56 };
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BODY_SIZE = 9.5;
const LINE_GAP = 2;
const PAD = 4;
const BORDER = '#9a9a9a';
const LABEL_FILL = '#f2f4f7';
const HEADER_FILL = '#e6eaf0';
const MUTED = '#5f6368';
const QR_SIZE = 46;
/** A row is split only when at least this much room is left on the page; otherwise it starts on the next one. */
const MIN_SPLIT_ROOM = 48;

export class PdfComposer {
  readonly doc: PDFKit.PDFDocument;
  private readonly guard: GlyphGuard;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;
  private readonly contents: ContentsEntry[] = [];
  private qr: unknown = null;

  constructor(private readonly options: ComposerOptions) {
    const fonts = cjkFonts();
    this.guard = new GlyphGuard(fonts.coverage);
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      // No default font: pdfkit would otherwise parse Helvetica's metrics for every document (~10 ms) to use none of it.
      font: '',
      lang: 'zh-CN',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: options.info.title,
        Author: options.info.author,
        Subject: options.info.subject,
        Keywords: options.info.keywords,
        Creator: 'Shifan 示范',
        CreationDate: options.creationDate,
      },
    });
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    if (options.watermark) this.doc.on('pageAdded', () => this.drawWatermark(options.watermark!));
    this.doc.addPage();
    this.body();
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  get pageIndex(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  /** The text as it will be printed (characters the font lacks replaced). */
  clean(text: string): string {
    return this.guard.clean(text);
  }

  newPage(): void {
    this.doc.addPage();
    this.body();
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureRoom(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  get bottom(): number {
    return A4.height - MARGIN.bottom;
  }

  /** Text across the content width (or at `x` with `width`), wrapped, moving down. */
  text(text: string, options: { size?: number; bold?: boolean; color?: string; align?: 'left' | 'center' | 'right'; x?: number; width?: number; gapAfter?: number } = {}): void {
    const cleaned = this.clean(text);
    const width = options.width ?? CONTENT_WIDTH;
    this.font(options.bold, options.size);
    const height = this.doc.heightOfString(cleaned, { width, lineGap: LINE_GAP });
    if (height <= this.bottom - MARGIN.top) this.ensureRoom(height);
    this.doc.fillColor(options.color ?? '#000000');
    this.doc.text(cleaned, options.x ?? MARGIN.left, this.doc.y, { width, lineGap: LINE_GAP, align: options.align ?? 'left' });
    this.doc.fillColor('#000000');
    this.doc.y += options.gapAfter ?? 0;
  }

  /** A chapter heading, listed in the table of contents and the PDF outline; starts a page when little room is left. */
  chapter(title: string): void {
    this.ensureRoom(90);
    const cleaned = this.clean(title);
    this.contents.push({ title: cleaned, page: this.pageIndex });
    this.doc.outline.addItem(cleaned);
    this.doc.y += 6;
    this.text(cleaned, { size: 14, bold: true, gapAfter: 6 });
  }

  subheading(title: string): void {
    this.ensureRoom(60);
    this.doc.y += 4;
    this.text(title, { size: 11, bold: true, gapAfter: 4 });
  }

  /** Label–value rows (a form section): labels shaded on the left, values wrapped on the right. */
  fieldTable(fields: readonly { label: string; value: string; size?: number }[], labelWidth = 150): void {
    for (const field of fields) {
      this.row([
        { text: field.label, width: labelWidth, fill: LABEL_FILL, continued: `${field.label}（续）` },
        { text: field.value, width: CONTENT_WIDTH - labelWidth, size: field.size },
      ]);
    }
    this.doc.y += 8;
  }

  /** A table with a shaded header row, repeated at the top of every page the table continues on. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: { size?: number } = {}): void {
    const header = () => this.row(columns.map((column) => ({ text: column.header, width: column.width, bold: true, fill: HEADER_FILL, align: 'center', size: options.size })));
    this.ensureRoom(60);
    header();
    for (const cells of rows) {
      this.row(
        cells.map((text, index) => ({ text, width: columns[index].width, align: columns[index].align, size: options.size })),
        header,
      );
    }
    this.doc.y += 8;
  }

  /** A full-width row in the current table (e.g. a long hash under its file). */
  spanRow(text: string, options: { size?: number; onNewPage?: () => void } = {}): void {
    this.row([{ text, width: CONTENT_WIDTH, size: options.size }], options.onNewPage);
  }

  /** Columns of a table whose header is drawn by the caller: one row, moved or split across pages as needed. */
  row(cells: Cell[], onNewPage?: () => void): void {
    let pending = cells.map((cell) => ({ ...cell, text: this.clean(cell.text) }));
    for (let guard = 0; guard < 10_000; guard++) {
      const height = Math.max(...pending.map((cell) => this.cellHeight(cell)));
      const room = this.bottom - this.doc.y;
      if (height <= room) {
        this.drawRow(pending, height);
        return;
      }
      const fullPage = this.bottom - MARGIN.top - 40;
      if (height <= fullPage || room < MIN_SPLIT_ROOM) {
        this.newPage();
        onNewPage?.();
        continue;
      }
      const parts = pending.map((cell) => this.split(cell, room));
      this.drawRow(
        parts.map((part, index) => ({ ...pending[index], text: part.head })),
        room,
      );
      pending = parts.map((part, index) => ({ ...pending[index], text: part.tail === '' ? (pending[index].continued ?? '') : part.tail }));
      this.newPage();
      onNewPage?.();
    }
    throw new Error('A table row could not be laid out');
  }

  /**
   * Finishes the document: the table of contents (when a page was reserved for it), then on every page its header,
   * footer with the verification code and QR code, and "第 X 页 共 Y 页".
   */
  async finish(contentsPage: number | null = null): Promise<RenderedPdf> {
    // Grey-scale without alpha and without PNG row filters: several times faster to make, and to embed (no soft mask).
    if (this.options.verification) {
      const png = await QRCode.toBuffer(this.options.verification.url, { type: 'png', errorCorrectionLevel: 'M', margin: 0, scale: 4, rendererOpts: { filterType: 0, colorType: 0 } as never });
      this.qr = (this.doc as unknown as { openImage(source: Buffer): unknown }).openImage(png);
    }
    if (contentsPage !== null) this.drawContents(contentsPage);
    const { count } = this.doc.bufferedPageRange();
    for (let page = 0; page < count; page++) {
      this.doc.switchToPage(page);
      if (page > 0) this.drawHeader();
      this.drawFooter(page + 1, count);
    }
    this.doc.end();
    return { pdf: await this.ended, pages: count, missingGlyphs: this.guard.missingCodePoints() };
  }

  private body(): void {
    this.font(false, BODY_SIZE);
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
  }

  private font(bold = false, size = BODY_SIZE): void {
    this.doc.font(bold ? 'bold' : 'regular').fontSize(size);
  }

  private cellHeight(cell: Cell): number {
    this.font(cell.bold, cell.size);
    const lineHeight = this.doc.currentLineHeight(true);
    return Math.max(this.doc.heightOfString(cell.text, { width: cell.width - 2 * PAD, lineGap: LINE_GAP }), lineHeight) + 2 * PAD;
  }

  /** The longest head of the cell's text that fits in `room` (whole words of Latin text kept together), and the rest. */
  private split(cell: Cell, room: number): { head: string; tail: string } {
    if (this.cellHeight(cell) <= room) return { head: cell.text, tail: '' };
    const chars = Array.from(cell.text);
    const fits = (n: number) => this.cellHeight({ ...cell, text: chars.slice(0, n).join('') }) <= room;
    let [low, high] = [0, chars.length];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle - 1;
    }
    let cut = low;
    for (let back = cut; back > low - 24 && back > 0; back--) {
      if (!/[A-Za-z0-9]/.test(chars[back - 1]) || !/[A-Za-z0-9]/.test(chars[back] ?? '')) {
        cut = back;
        break;
      }
    }
    return { head: chars.slice(0, cut).join(''), tail: chars.slice(cut).join('').replace(/^\n+/, '') };
  }

  private drawRow(cells: Cell[], height: number): void {
    const top = this.doc.y;
    let x = MARGIN.left;
    this.doc.lineWidth(0.5);
    for (const cell of cells) {
      if (cell.fill) this.doc.rect(x, top, cell.width, height).fillAndStroke(cell.fill, BORDER);
      else this.doc.rect(x, top, cell.width, height).stroke(BORDER);
      this.font(cell.bold, cell.size);
      this.doc.fillColor('#000000');
      this.doc.text(cell.text, x + PAD, top + PAD, { width: cell.width - 2 * PAD, height: height - 2 * PAD + 1, lineGap: LINE_GAP, align: cell.align ?? 'left' });
      x += cell.width;
    }
    this.doc.x = MARGIN.left;
    this.doc.y = top + height;
  }

  private drawContents(page: number): void {
    this.doc.switchToPage(page);
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
    this.font(true, 16);
    this.doc.text('目    录', MARGIN.left, MARGIN.top + 10, { width: CONTENT_WIDTH, align: 'center' });
    let y = MARGIN.top + 56;
    for (const entry of this.contents) {
      this.font(false, 11);
      const number = String(entry.page + 1);
      const numberWidth = this.doc.widthOfString(number);
      const title = this.fitWidth(entry.title, CONTENT_WIDTH - 60);
      const titleWidth = this.doc.widthOfString(title);
      this.doc.text(title, MARGIN.left, y, { lineBreak: false });
      this.doc.text(number, MARGIN.left + CONTENT_WIDTH - numberWidth, y, { lineBreak: false });
      const dotsFrom = MARGIN.left + titleWidth + 6;
      const dotsTo = MARGIN.left + CONTENT_WIDTH - numberWidth - 6;
      if (dotsTo > dotsFrom) {
        this.doc
          .moveTo(dotsFrom, y + 10)
          .lineTo(dotsTo, y + 10)
          .dash(1, { space: 3 })
          .lineWidth(0.8)
          .stroke(MUTED)
          .undash();
      }
      y += 26;
    }
  }

  private drawHeader(): void {
    this.font(false, 8);
    this.doc.fillColor(MUTED);
    this.doc.text(this.fitWidth(this.clean(this.options.header), CONTENT_WIDTH), MARGIN.left, 38, { lineBreak: false });
    this.doc.moveTo(MARGIN.left, 52).lineTo(A4.width - MARGIN.right, 52).lineWidth(0.5).stroke('#c8c8c8');
    this.doc.fillColor('#000000');
  }

  private drawFooter(page: number, pages: number): void {
    const top = A4.height - MARGIN.bottom + 16;
    this.doc.moveTo(MARGIN.left, top - 6).lineTo(A4.width - MARGIN.right, top - 6).lineWidth(0.5).stroke('#c8c8c8');
    const verification = this.options.verification;
    if (verification) {
      this.doc.image(this.qr as Buffer, MARGIN.left, top, { width: QR_SIZE, height: QR_SIZE });
      const textX = MARGIN.left + QR_SIZE + 8;
      this.font(true, 9);
      this.doc.fillColor('#000000');
      this.doc.text(`核验码 ${verification.code}`, textX, top + 6, { lineBreak: false });
      this.font(false, 7.5);
      this.doc.fillColor(MUTED);
      this.doc.text('扫描二维码或访问以下地址，核验本文件与系统存档是否一致：', textX, top + 21, { lineBreak: false });
      this.doc.text(this.fitWidth(this.clean(verification.url), 300), textX, top + 32, { lineBreak: false });
    }
    this.font(false, 9);
    this.doc.fillColor('#000000');
    const label = `第 ${page} 页 共 ${pages} 页`;
    this.doc.text(label, A4.width - MARGIN.right - this.doc.widthOfString(label), top + 18, { lineBreak: false });
  }

  private drawWatermark(text: string): void {
    const cleaned = this.clean(text);
    this.doc.save();
    this.font(true, 150);
    this.doc.fillColor('#b00020').fillOpacity(0.1);
    this.doc.rotate(-40, { origin: [A4.width / 2, A4.height / 2] });
    const width = this.doc.widthOfString(cleaned);
    this.doc.text(cleaned, (A4.width - width) / 2, A4.height / 2 - 100, { lineBreak: false });
    this.doc.restore();
    this.doc.fillColor('#000000').fillOpacity(1);
  }

  /** Cuts a line of text to a width with an ellipsis (headers, contents, the address). */
  private fitWidth(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    const chars = Array.from(text);
    while (chars.length > 1 && this.doc.widthOfString(`${chars.join('')}…`) > width) chars.pop();
    return `${chars.join('')}…`;
  }
}

export const PAGE = { ...A4, margin: MARGIN };

/**
 * Signature and seal lines in the right half of the page (申报单位（盖章）, 法定代表人（签字）…): each label with a rule to
 * write on, then the date line.
 */
export function signatureBlock(composer: PdfComposer, labels: readonly string[], size = 11): void {
  const labelWidth = size * 11;
  composer.ensureRoom(40 * (labels.length + 1));
  const x = PAGE.margin.left + CONTENT_WIDTH / 2 - 40;
  for (const label of labels) {
    composer.y += 18;
    composer.text(`${label}：`, { size, x, width: labelWidth });
    composer.doc
      .moveTo(x + labelWidth, composer.y - 2)
      .lineTo(PAGE.margin.left + CONTENT_WIDTH, composer.y - 2)
      .lineWidth(0.6)
      .stroke('#444444');
  }
  composer.y += 18;
  composer.text('年      月      日', { size, x, width: CONTENT_WIDTH / 2 + 40, align: 'right' });
}
