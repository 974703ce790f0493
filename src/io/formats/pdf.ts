// A PDF → its text layer in reading order (pdf.js through unpdf, loaded on first use). Glyph runs
// are grouped into lines by position, running headers/footers and page numbers (`— 3 —`) are
// removed, and lines are joined into paragraphs the way the page shows them: a paragraph starts
// indented, after a wider gap, after a line that stops short, or with an outline number; the
// lines of one paragraph join without a space between Chinese characters. Wide gaps on a line
// (table columns) become tabs, which the table reader splits on.
import { createRequire } from 'node:module';
import { PolicyParseError } from '../../errors.js';
import { checkTextLayer, pageLines, paragraphsOf, removeRunningLines, type PdfLine, type Run } from './layout.js';
import type { ExtractedText } from './hints.js';

export { checkTextLayer, dropAutospace, pageLines, paragraphsOf, removeRunningLines, type PdfLine } from './layout.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface PdfPage {
  getTextContent(): Promise<{ items: Array<TextItem | { type: string }> }>;
  getViewport(options: { scale: number }): { width: number; height: number };
  cleanup?(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface Unpdf {
  getDocumentProxy(data: Uint8Array, options?: Record<string, unknown>): Promise<PdfDocument>;
}

let unpdf: Unpdf | null = null;
const load = (): Unpdf => (unpdf ??= createRequire(import.meta.url)('unpdf') as Unpdf);

/** PDF bytes → the text of its text layer. Throws PDP_PDF_INVALID / _NO_TEXT / _NO_UNICODE. */
export async function pdfToText(bytes: Uint8Array): Promise<ExtractedText> {
  let doc: PdfDocument;
  try {
    // pdf.js takes ownership of (and may detach) the buffer: give it a copy.
    doc = await load().getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    throw new PolicyParseError('PDP_PDF_INVALID', `PDF cannot be opened (${message.replace(/\s+/g, ' ').slice(0, 120)})`);
  }
  try {
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const text = item.str.replace(/\s+$/u, '');
        if (!text.trim()) continue;
        const [a, b, , , x, y] = item.transform;
        const size = Math.hypot(a, b) || item.height || 10;
        runs.push({ x, y, end: x + item.width, size, text: text.replace(/^\s+/u, '') });
      }
      pages.push(pageLines(runs, n));
    }
    const text = paragraphsOf(removeRunningLines(pages)).join('\n');
    checkTextLayer(text, doc.numPages, 'PDF');
    return { text: text + '\n', encoding: 'utf-8', hints: {} };
  } catch (error) {
    if (error instanceof PolicyParseError) throw error;
    throw new PolicyParseError('PDP_PDF_INVALID', `PDF page cannot be read (${String((error as Error).message ?? error).replace(/\s+/g, ' ').slice(0, 120)})`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
