import { decode } from '../io/decode.js';
import { readInputFile } from '../io/read.js';
import { documentFromDecoded, sha256Hex } from '../document.js';
import { PolicyParseError, describeFailure } from '../errors.js';
import type { Document } from '../schema/document.js';
import type { OffsetUnit } from '../schema/common.js';
import type { RenderedDocument, Renderer, RenderSpec } from './render.js';

/** One input of a batch. Plain data: it crosses to a worker thread by structured clone. */
export interface ParseTask {
  /** Position in the batch; results are written in this order. */
  index: number;
  /** Path to read and to record as `source.path` (`-` for stdin). */
  path: string;
  /** Bytes already read (stdin); the file at `path` is read when absent. */
  bytes?: Uint8Array;
  /** Size in bytes when known before reading (decides whether to parse off the main thread). */
  size?: number;
  encoding?: string;
  indicators?: boolean;
  offsetUnit?: OffsetUnit;
  /** The texts to render where the document is parsed (see render.ts); without it the Document itself is the result. */
  render?: RenderSpec;
  /**
   * With `render`: the file the first rendered text goes to, one per input (`--out DIR` json / yaml /
   * ndjson). Written where the document was parsed, so a batch's file creation (a millisecond
   * each on a busy disk) is spread over the workers instead of queued in the main thread.
   */
  outputFile?: string;
}

export type ParseOutcome =
  | { index: number; path: string; ok: true; document: Document; rendered?: undefined }
  | { index: number; path: string; ok: true; rendered: RenderedDocument; document?: undefined }
  | { index: number; path: string; ok: false; code: string; message: string; sha256: string | null };

/**
 * Read, decode, reject blank text, parse, validate, and render with `renderer` when given (the
 * renderer of `task.render`). Never throws: failures are outcomes.
 */
export function runParseTask(task: ParseTask, renderer?: Renderer): ParseOutcome {
  const { index, path } = task;
  let sha256: string | null = null;
  try {
    const bytes = task.bytes ?? readInputFile(path);
    sha256 = sha256Hex(bytes);
    const decoded = decode(bytes, task.encoding);
    if (decoded.text.trim() === '') throw new PolicyParseError('PDP_INPUT_EMPTY', 'no text (only whitespace)');
    const document = documentFromDecoded(decoded, sha256, { path, encoding: task.encoding, indicators: task.indicators, offsetUnit: task.offsetUnit });
    return renderer ? { index, path, ok: true, rendered: renderer(document, task.outputFile) } : { index, path, ok: true, document };
  } catch (error) {
    return { index, path, ok: false, ...describeFailure(error), sha256 };
  }
}
