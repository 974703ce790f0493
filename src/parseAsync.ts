// Any supported format, from the library: the readers load on the first call, not at import, so a
// plain-text caller never loads them (and document.ts never imports the path that imports it).
import { parseDocument, type ParseDocumentOptions } from './document.js';
import type { Document } from './schema/document.js';

/**
 * Parse one document in any supported format (txt, md, html, docx, pdf): detected from the
 * bytes and `options.path`'s extension, or given as `options.from`. Async because PDF is; the
 * page metadata an HTML reader finds fills meta fields the text lacks.
 */
export async function parseDocumentAsync(input: string | Uint8Array, options: ParseDocumentOptions = {}): Promise<Document> {
  if (typeof input === 'string') return parseDocument(input, options);
  const { parseBytes } = await import('./parseBytes.js');
  return (await parseBytes(input, options)).document;
}
