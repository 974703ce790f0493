import { readFileSync } from 'node:fs';
import { readInputFile } from '../io/read.js';
import { parseBytes, type ParsedBytes } from '../parseBytes.js';
import { PolicyParseError } from '../errors.js';
import type { Document } from '../schema/document.js';

/**
 * One input parsed for `report` / `diff`, keeping the text its offsets point into (the same steps
 * as a `parse` task, so a web page, Word file or PDF is read as its text).
 */
export async function parseWithText(path: string, options: { encoding?: string; indicators?: boolean } = {}): Promise<ParsedBytes> {
  return parseBytes(readInputFile(path), { path, encoding: options.encoding, indicators: options.indicators });
}

/**
 * A document for `diff`: a `.json` file written by `parse` (one document, or an array of one) is
 * read as it is; anything else is parsed.
 */
export async function loadDocument(path: string, options: { encoding?: string } = {}): Promise<Document> {
  if (!path.toLowerCase().endsWith('.json')) return (await parseWithText(path, options)).document;
  readInputFile(path);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PolicyParseError('PDP_INPUT_UNREADABLE', `not JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(value)) {
    if (value.length !== 1) throw new PolicyParseError('PDP_SCHEMA_INVALID', `holds ${value.length} documents, expected one`);
    value = value[0];
  }
  const { Document } = await import('../schema/document.js');
  const checked = Document.safeParse(value);
  if (!checked.success) throw new PolicyParseError('PDP_SCHEMA_INVALID', 'not a policy-parse document (see `policy-parse schema`)');
  // Fields other versions added (deadlineSource, …) are kept, not stripped by the schema.
  return value as Document;
}
