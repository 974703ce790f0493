import type { Document } from '../schema/document.js';
import { documentTables, NDJSON_RECORD_TYPES } from './records.js';

/**
 * One document as NDJSON: one record per line (see `documentRecords`), every line ending in
 * `\n`. The `type` key is written in front of the row's JSON rather than spread into a copy of
 * the row: this runs once per entity of every document.
 */
export function documentToNdjson(doc: Document): string {
  const rows = documentTables(doc);
  let out = '';
  for (const [table, type] of NDJSON_RECORD_TYPES) {
    for (const row of rows(table)) out += `{"type":"${type}",${JSON.stringify(row).slice(1)}\n`;
  }
  return out;
}

/** Documents as NDJSON, concatenated in the order given. */
export function toNdjson(docs: Iterable<Document>): string {
  let out = '';
  for (const doc of docs) out += documentToNdjson(doc);
  return out;
}
