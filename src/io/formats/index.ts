// Bytes of any supported format → the text the parser reads. The readers' libraries
// (htmlparser2, fflate, pdf.js) load only when a file of their kind arrives.
import { decode, type Decoded } from '../decode.js';
import { detectFormat, type InputFormat } from './detect.js';
import { htmlToText } from './html.js';
import { docxToText } from './docx.js';
import { pdfToText } from './pdf.js';
import { ofdToText } from './ofd.js';
import { looksLikeMht, mhtToText } from './mht.js';
import type { ExtractedText, MetaHints } from './hints.js';

export { detectFormat, INPUT_FORMATS, DOCUMENT_EXTENSIONS, type InputFormat } from './detect.js';
export { pageFieldsOf, type MetaHints } from './hints.js';

export interface ReadOptions {
  /** Path for detection by extension (`-` or null for stdin / memory). */
  path?: string | null;
  /** --from: skip detection. */
  from?: InputFormat;
  /** --encoding: charset of text and HTML input. */
  encoding?: string;
}

export interface ReadDocument {
  decoded: Decoded;
  format: InputFormat;
  hints?: MetaHints;
}

const asRead = (format: InputFormat, extracted: ExtractedText): ReadDocument => ({
  decoded: { text: extracted.text, encoding: extracted.encoding },
  format,
  hints: extracted.hints,
});

/**
 * The text of one input and the reader that made it. Synchronous for every format but PDF
 * (pdf.js works asynchronously), so plain-text batches keep their synchronous path.
 * Throws PolicyParseError (PDP_FORMAT_UNSUPPORTED, PDP_DOCX_INVALID, PDP_HTML_NO_TEXT, PDP_PDF_*, PDP_OFD_*,
 * and the decoding codes).
 */
export function readDocument(bytes: Uint8Array, options: ReadOptions = {}): ReadDocument | Promise<ReadDocument> {
  const format = detectFormat(bytes, options.path ?? null, options.from);
  switch (format) {
    case 'html':
      return asRead(format, looksLikeMht(bytes) ? mhtToText(bytes, options.encoding) : htmlToText(bytes, options.encoding));
    case 'docx':
      return asRead(format, docxToText(bytes));
    case 'pdf':
      return pdfToText(bytes).then((extracted) => asRead(format, extracted));
    case 'ofd':
      return asRead(format, ofdToText(bytes));
    default:
      return { decoded: decode(bytes, options.encoding), format };
  }
}
