import { createHash } from 'node:crypto';
import { decode, type Decoded } from './io/decode.js';
import { extractAll, type StageTimings } from './parse/index.js';
import { recordTrace, type TraceEntry } from './parse/trace.js';
import type { ParseOptions } from './parse/context.js';
import { Document, SCHEMA_VERSION } from './schema/document.js';
import { PolicyParseError } from './errors.js';
import { z } from 'zod';
import type { OffsetUnit } from './schema/common.js';
import { withOffsetUnit } from './export/offsets.js';
import { pageFieldsOf, type MetaHints } from './io/formats/hints.js';
import type { InputFormat } from './io/formats/detect.js';

export interface ParseDocumentOptions extends ParseOptions {
  /** Recorded as `source.path`. */
  path?: string | null;
  /** Force a charset for byte input (any WHATWG label: gbk, gb18030, utf-16le, …). */
  encoding?: string;
  /** Per-stage timings are added here when given. */
  timings?: StageTimings;
  /**
   * Unit of every offset and of `source.chars`: `utf16` (default; JavaScript string indices) or
   * `codepoint` (Python `str`, R `substr`). Recorded as `source.offsetUnit`.
   */
  offsetUnit?: OffsetUnit;
  /** Reader that made the text (`source.format`): skip detection for byte input. */
  from?: InputFormat;
  /** Page metadata a reader found beside the text, used where the text gives none. */
  hints?: MetaHints;
  /** Add the text every offset points into as `source.text`. */
  includeText?: boolean;
  /**
   * Debug trace: called with each rule's decision (span made, dropped, changed, excluded; outline
   * marker accepted or rejected), offsets in UTF-16. The document is the same with or without it.
   */
  trace?: (entry: TraceEntry) => void;
}

export const sha256Hex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Text input is taken as already decoded: only a leading BOM is removed. */
function decodeInput(input: string | Uint8Array, encoding: string | undefined): Decoded {
  if (typeof input !== 'string') return decode(input, encoding);
  return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-8' };
}

/**
 * Parse one policy document. `input` is text (already decoded) or raw bytes (decoded here).
 * Returns a schema-valid Document; throws PolicyParseError for undecodable bytes and
 * (a bug) PDP_SCHEMA_INVALID when extraction produced something off-contract.
 */
export function parseDocument(input: string | Uint8Array, options: ParseDocumentOptions = {}): Document {
  const started = performance.now();
  const decoded = decodeInput(input, options.encoding);
  if (options.timings) options.timings.decode = (options.timings.decode ?? 0) + performance.now() - started;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return documentFromDecoded(decoded, sha256Hex(bytes), options);
}

/**
 * The Document for text decoded by the caller (the CLI decodes first to reject blank input, and
 * has already hashed the bytes for its manifest). `sourceSha256` becomes `source.sha256`.
 */
export function documentFromDecoded(decoded: Decoded, sourceSha256: string, options: ParseDocumentOptions = {}): Document {
  const { timings } = options;
  const text = decoded.text;
  const parse = options.hints ? { ...options, pageFields: pageFieldsOf(options.hints) } : options;
  const parts = options.trace ? recordTrace(options.trace, () => extractAll(text, parse, timings)) : extractAll(text, parse, timings);
  const document: Document = {
    schemaVersion: SCHEMA_VERSION,
    docId: documentId(text),
    source: {
      path: options.path ?? null,
      sha256: sourceSha256,
      encoding: decoded.encoding,
      chars: text.length,
      offsetUnit: 'utf16',
      format: options.from ?? 'txt',
      ...(options.includeText ? { text } : {}),
    },
    ...parts,
  };
  const validateStart = performance.now();
  const result = Document.safeParse(document);
  if (timings) timings.validate = (timings.validate ?? 0) + performance.now() - validateStart;
  if (!result.success) {
    throw new PolicyParseError('PDP_SCHEMA_INVALID', `output failed the schema: ${z.prettifyError(result.error).replace(/\n/g, ' ')}`);
  }
  return withOffsetUnit(result.data, text, options.offsetUnit ?? 'utf16');
}

/** `p` + the first 16 hex of the sha256 of the decoded text (see DOC_ID_PATTERN: never read as a number). */
export const documentId = (text: string) => `p${sha256Hex(text).slice(0, 16)}`;
