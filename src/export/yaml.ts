import { stringify } from 'yaml';
import type { Document } from '../schema/document.js';

/**
 * One document as YAML. The YAML 1.1 schema makes the writer quote every string a 1.1 reader
 * would take for something else (`no`, `yes`, `on`, `2020-09-04`, `0777`, `12:30`), so
 * PyYAML's `safe_load` gives back exactly the JSON values. No line folding: long Chinese
 * paragraphs stay on one line and offsets stay easy to check.
 */
export function documentToYaml(doc: Document): string {
  return stringify(doc, { version: '1.1', lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}

/** Documents as a YAML stream: `---` before every document (`safe_load_all` reads it). */
export function toYaml(docs: Iterable<Document>): string {
  let out = '';
  for (const doc of docs) out += '---\n' + documentToYaml(doc);
  return out;
}
