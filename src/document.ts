import { createHash } from 'node:crypto';
import { decode } from './io/decode.js';
import { extractAll, type StageTimings } from './parse/index.js';
import type { ParseOptions } from './parse/context.js';
import { Document, SCHEMA_VERSION } from './schema/document.js';
import { PolicyParseError } from './errors.js';
import { z } from 'zod';

export interface ParseDocumentOptions extends ParseOptions {
  /** Recorded as `source.path`. */
  path?: string | null;
  /** Force a charset for byte input (any WHATWG label: gbk, gb18030, utf-16le, …). */
  encoding?: string;
  /** Per-stage timings are added here when given. */
  timings?: StageTimings;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * Parse one policy document. `input` is text (already decoded) or raw bytes (decoded here).
 * Returns a schema-valid Document; throws PolicyParseError for undecodable bytes and
 * (a bug) PDP_SCHEMA_INVALID when extraction produced something off-contract.
 */
export function parseDocument(input: string | Uint8Array, options: ParseDocumentOptions = {}): Document {
  const { timings } = options;
  const started = performance.now();
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded =
    typeof input === 'string'
      ? { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-8' }
      : decode(input, options.encoding);
  if (timings) timings.decode = (timings.decode ?? 0) + performance.now() - started;

  const text = decoded.text;
  const parts = extractAll(text, options, timings);
  const document: Document = {
    schemaVersion: SCHEMA_VERSION,
    docId: sha256(text).slice(0, 16),
    source: { path: options.path ?? null, sha256: sha256(bytes), encoding: decoded.encoding, chars: text.length },
    ...parts,
  };
  const validateStart = performance.now();
  const result = Document.safeParse(document);
  if (timings) timings.validate = (timings.validate ?? 0) + performance.now() - validateStart;
  if (!result.success) {
    throw new PolicyParseError('PDP_SCHEMA_INVALID', `output failed the schema: ${z.prettifyError(result.error).replace(/\n/g, ' ')}`);
  }
  return result.data;
}
