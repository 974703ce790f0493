import type { Document } from '../schema/document.js';
import { documentRecords } from './records.js';

/** One document as NDJSON: one record per line, every line ending in `\n`. */
export function documentToNdjson(doc: Document): string {
  let out = '';
  for (const record of documentRecords(doc)) out += JSON.stringify(record) + '\n';
  return out;
}

/** Documents as NDJSON, concatenated in the order given. */
export function toNdjson(docs: Iterable<Document>): string {
  let out = '';
  for (const doc of docs) out += documentToNdjson(doc);
  return out;
}
