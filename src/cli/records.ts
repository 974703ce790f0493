import { createInterface } from 'node:readline';
import { decode } from '../io/decode.js';
import { readInputFile, requireContent } from '../io/read.js';
import { documentFromDecoded, sha256Hex } from '../document.js';
import { describeFailure, PolicyParseError } from '../errors.js';
import { documentToNdjson } from '../export/ndjson.js';
import { stdoutWriter } from './stdout.js';
import type { CliStreams } from './run.js';
import type { OffsetUnit } from '../schema/common.js';

/** What `--records` takes from the parse options (the same meaning as in a batch run). */
export interface RecordOptions {
  encoding?: string;
  indicators?: boolean;
  offsetUnit?: OffsetUnit;
}

/**
 * One input record of `parse --records`: an id chosen by the caller (echoed on every output
 * record as `recordId`) and the document as `text` (already decoded), `bytes_b64` (raw bytes,
 * decoded like a file) or `path` (read from this machine's disk). `path` beside text or bytes is
 * only recorded as `source.path`. `format` is a hint; only plain text (`txt`, `md`) is read here.
 */
export interface InputRecord {
  id?: string | number | null;
  path?: string;
  text?: string;
  bytes_b64?: string;
  format?: string;
}

const TEXT_FORMATS = new Set(['txt', 'text', 'md', 'markdown', 'text/plain', 'text/markdown']);

/** `{"type":"X",…}` → `{"type":"X","recordId":…,…}`: the id beside every record, type still first. */
function withRecordId(line: string, id: string): string {
  const cut = line.indexOf(',', 1);
  return cut < 0 ? line : `${line.slice(0, cut + 1)}"recordId":${id},${line.slice(cut + 1)}`;
}

/** The document's NDJSON records for one input record; throws PolicyParseError for bad input. */
function parseRecord(record: InputRecord, options: RecordOptions): string {
  if (record.format !== undefined && !TEXT_FORMATS.has(String(record.format).toLowerCase())) {
    throw new PolicyParseError('PDP_RECORD_INVALID', `format "${record.format}" is not read in --records mode (txt, md)`);
  }
  const sources = [record.text !== undefined, record.bytes_b64 !== undefined].filter(Boolean).length;
  if (sources > 1) throw new PolicyParseError('PDP_RECORD_INVALID', 'give one of text and bytes_b64, not both');
  const path = typeof record.path === 'string' ? record.path : null;
  let decoded;
  let sha256: string;
  if (typeof record.text === 'string') {
    decoded = { text: record.text.charCodeAt(0) === 0xfeff ? record.text.slice(1) : record.text, encoding: 'utf-8' };
    sha256 = sha256Hex(record.text);
  } else {
    let bytes: Uint8Array;
    if (typeof record.bytes_b64 === 'string') bytes = requireContent(Buffer.from(record.bytes_b64, 'base64'));
    else if (path !== null) bytes = readInputFile(path);
    else throw new PolicyParseError('PDP_RECORD_INVALID', 'no text, bytes_b64 or path');
    sha256 = sha256Hex(bytes);
    decoded = decode(bytes, options.encoding);
  }
  if (decoded.text.trim() === '') throw new PolicyParseError('PDP_INPUT_EMPTY', 'no text (only whitespace)');
  const document = documentFromDecoded(decoded, sha256, { path, encoding: options.encoding, indicators: options.indicators, offsetUnit: options.offsetUnit });
  return documentToNdjson(document);
}

/**
 * `parse --records`: NDJSON records in on stdin, the NDJSON records of each document out on
 * stdout as soon as it is parsed (in input order), so Spark's `RDD.pipe`, Hadoop Streaming, Ray
 * Data or GNU parallel can drive it. A record that cannot be parsed becomes one
 * `{"type":"error","recordId":…,"line":…,"path":…,"code":…,"message":…}` record; the stream goes
 * on and the exit code stays 0 (errors are data). Returns the number of error records.
 */
export async function runRecords(options: RecordOptions, streams: CliStreams): Promise<number> {
  const out = stdoutWriter(streams.stdout);
  const lines = createInterface({ input: streams.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let errors = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let record: InputRecord | null = null;
    let id = 'null';
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new PolicyParseError('PDP_RECORD_INVALID', 'not a JSON object');
      record = parsed as InputRecord;
      id = JSON.stringify(record.id ?? null);
      const body = parseRecord(record, options);
      let tagged = '';
      for (const recordLine of body.split('\n')) if (recordLine) tagged += withRecordId(recordLine, id) + '\n';
      await out.write(tagged);
    } catch (error) {
      errors++;
      const failure = error instanceof SyntaxError ? { code: 'PDP_RECORD_INVALID', message: 'not valid JSON' } : describeFailure(error);
      const path = record && typeof record.path === 'string' ? record.path : null;
      await out.write(JSON.stringify({ type: 'error', recordId: record ? (record.id ?? null) : null, line: lineNumber, path, ...failure }) + '\n');
    }
  }
  return errors;
}
