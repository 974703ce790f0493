import { readInputFile } from '../io/read.js';
import type { InputFormat } from '../io/formats/index.js';
import { sha256Hex } from '../document.js';
import { parseBytes, type ParsedBytes } from '../parseBytes.js';
import { describeFailure } from '../errors.js';
import type { Document } from '../schema/document.js';
import type { OffsetUnit } from '../schema/common.js';
import type { TraceEntry } from '../parse/trace.js';
import { explainLines, type ExplainRequest } from './explain.js';
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
  /** --from: the input format, instead of detecting it. */
  from?: InputFormat;
  /** --include-text: add the extracted text as `source.text`. */
  includeText?: boolean;
  /** --explain: record the debug trace and return it as lines. */
  explain?: ExplainRequest;
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
  | { index: number; path: string; ok: true; document: Document; rendered?: undefined; trace?: string[] }
  | { index: number; path: string; ok: true; rendered: RenderedDocument; document?: undefined; trace?: string[] }
  | { index: number; path: string; ok: false; code: string; message: string; sha256: string | null };

/**
 * Read, decode (or extract: HTML, DOCX, PDF), reject blank text, parse, validate, and render with
 * `renderer` when given (the renderer of `task.render`). Never throws: failures are outcomes.
 * Synchronous except for PDF input, whose reader is asynchronous.
 */
export function runParseTask(task: ParseTask, renderer?: Renderer): ParseOutcome | Promise<ParseOutcome> {
  const { index, path } = task;
  let sha256: string | null = null;
  const failed = (error: unknown): ParseOutcome => ({ index, path, ok: false, ...describeFailure(error), sha256 });
  const entries: TraceEntry[] = [];
  const done = ({ document, text }: ParsedBytes): ParseOutcome => {
    try {
      const trace = task.explain ? { trace: explainLines(entries, text, task.offsetUnit ?? 'utf16', task.explain) } : {};
      return renderer ? { index, path, ok: true, rendered: renderer(document, task.outputFile), ...trace } : { index, path, ok: true, document, ...trace };
    } catch (error) {
      return failed(error);
    }
  };
  try {
    const bytes = task.bytes ?? readInputFile(path);
    sha256 = sha256Hex(bytes);
    const parsed = parseBytes(bytes, {
      sha256, path, encoding: task.encoding, indicators: task.indicators, from: task.from, includeText: task.includeText, offsetUnit: task.offsetUnit,
      ...(task.explain ? { trace: (entry: TraceEntry) => entries.push(entry) } : {}),
    });
    return parsed instanceof Promise ? parsed.then(done, failed) : done(parsed);
  } catch (error) {
    return failed(error);
  }
}
