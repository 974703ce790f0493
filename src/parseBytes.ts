// Bytes of any supported format → the validated document and the text its offsets point into:
// detect and read (txt/md decoded; HTML, DOCX, PDF, OFD extracted), refuse blank text, parse.
// The one path behind a batch task, `parse --records`, `report`, `diff` and parseDocumentAsync.
import { documentFromDecoded, sha256Hex, type ParseDocumentOptions } from './document.js';
import { PolicyParseError } from './errors.js';
import { readDocument, type ReadDocument } from './io/formats/index.js';
import type { Document } from './schema/document.js';

export interface ParsedBytes {
  document: Document;
  /** The decoded or extracted text (UTF-16 string) that the document's offsets point into. */
  text: string;
}

/**
 * Parse `bytes` (sha256 of them: `options.sha256`, else computed). Synchronous for every format but
 * PDF, whose reader is asynchronous. Throws PolicyParseError for unreadable or blank input.
 */
export function parseBytes(
  bytes: Uint8Array,
  options: ParseDocumentOptions & { sha256?: string } = {},
): ParsedBytes | Promise<ParsedBytes> {
  const sha256 = options.sha256 ?? sha256Hex(bytes);
  const parsed = (read: ReadDocument): ParsedBytes => {
    if (read.decoded.text.trim() === '') throw new PolicyParseError('PDP_INPUT_EMPTY', 'no text (only whitespace)');
    const document = documentFromDecoded(read.decoded, sha256, { ...options, from: read.format, hints: read.hints });
    return { document, text: read.decoded.text };
  };
  const read = readDocument(bytes, { path: options.path, from: options.from, encoding: options.encoding });
  return read instanceof Promise ? read.then(parsed) : parsed(read);
}
