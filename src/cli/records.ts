import { createInterface } from 'node:readline';
import { readInputFile, requireContent } from '../io/read.js';
import { documentFromDecoded, sha256Hex } from '../document.js';
import { parseBytes } from '../parseBytes.js';
import { INPUT_FORMATS, type InputFormat } from '../io/formats/detect.js';
import { describeFailure, PolicyParseError } from '../errors.js';
import { documentToNdjson } from '../export/ndjson.js';
import { stdoutWriter } from './stdout.js';
import type { CliStreams } from './streams.js';
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
 * only recorded as `source.path`. `format` names the reader (`txt`, `md`, `html`, `docx`, `pdf`, `ofd`),
 * else it is detected from the bytes and the path's extension as for a file.
 */
export interface InputRecord {
  id?: string | number | null;
  path?: string;
  text?: string;
  bytes_b64?: string;
  format?: string;
}

/** The reader a record's `format` names (`text/html` and `markdown` spellings too), or an error. */
function formatOf(record: InputRecord): InputFormat | undefined {
  if (record.format === undefined) return undefined;
  const name = String(record.format).toLowerCase().replace(/^(?:text|application)\//, '');
  const format = ({ text: 'txt', plain: 'txt', markdown: 'md', htm: 'html' } as Record<string, string>)[name] ?? name;
  if ((INPUT_FORMATS as readonly string[]).includes(format)) return format as InputFormat;
  throw new PolicyParseError('PDP_RECORD_INVALID', `format "${record.format}" is not one of ${INPUT_FORMATS.join(', ')}`);
}

/** `{"type":"X",…}` → `{"type":"X","recordId":…,…}`: the id beside every record, type still first. */
function withRecordId(line: string, id: string): string {
  const cut = line.indexOf(',', 1);
  return cut < 0 ? line : `${line.slice(0, cut + 1)}"recordId":${id},${line.slice(cut + 1)}`;
}

/** The document's NDJSON records for one input record; throws PolicyParseError for bad input. */
async function parseRecord(record: InputRecord, options: RecordOptions): Promise<string> {
  const sources = [record.text !== undefined, record.bytes_b64 !== undefined].filter(Boolean).length;
  if (sources > 1) throw new PolicyParseError('PDP_RECORD_INVALID', 'give one of text and bytes_b64, not both');
  const path = typeof record.path === 'string' ? record.path : null;
  const from = formatOf(record);
  const parse = { path, encoding: options.encoding, indicators: options.indicators, offsetUnit: options.offsetUnit };
  if (typeof record.text === 'string' && (from === undefined || from === 'txt' || from === 'md')) {
    const text = record.text.charCodeAt(0) === 0xfeff ? record.text.slice(1) : record.text;
    if (text.trim() === '') throw new PolicyParseError('PDP_INPUT_EMPTY', 'no text (only whitespace)');
    return documentToNdjson(documentFromDecoded({ text, encoding: 'utf-8' }, sha256Hex(record.text), { ...parse, from: from ?? 'txt' }));
  }
  let bytes: Uint8Array;
  if (typeof record.text === 'string') bytes = new TextEncoder().encode(record.text); // markup given as text (html)
  else if (typeof record.bytes_b64 === 'string') bytes = requireContent(Buffer.from(record.bytes_b64, 'base64'));
  else if (path !== null) bytes = readInputFile(path);
  else throw new PolicyParseError('PDP_RECORD_INVALID', 'no text, bytes_b64 or path');
  return documentToNdjson((await parseBytes(bytes, { ...parse, from })).document);
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
      const body = await parseRecord(record, options);
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
