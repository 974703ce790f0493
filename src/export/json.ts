import type { Document } from '../schema/document.js';

export interface JsonOptions {
  /** Two-space indentation; false gives one line per document. */
  pretty?: boolean;
}

/** One document as JSON text ending in a newline. */
export function documentToJson(doc: Document, options: JsonOptions = {}): string {
  return JSON.stringify(doc, null, options.pretty ? 2 : undefined) + '\n';
}

/**
 * Several documents as one JSON array (elements in the order given). Compact output keeps one
 * document per line, so `[`/`]` lines aside it greps like NDJSON.
 */
export function toJsonArray(docs: Iterable<Document>, options: JsonOptions = {}): string {
  const items = [...docs].map((doc) => JSON.stringify(doc, null, options.pretty ? 2 : undefined));
  return items.length ? `[\n${items.join(',\n')}\n]\n` : '[]\n';
}
