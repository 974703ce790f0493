import { InvalidArgumentError } from 'commander';
import { normaliseEncodingLabel } from '../io/decode.js';
import { PolicyParseError } from '../errors.js';
import { parseShard, type AutoShard, type Shard } from '../batch/shard.js';
import type { Format } from '../export/formats.js';
import type { CsvTable } from '../export/formats.js';
import type { OffsetUnit } from '../schema/common.js';
import type { InputFormat } from '../io/formats/detect.js';

/** `parse` options after commander, checked once. */
export interface ParseCommandOptions {
  format?: Format;
  output?: string;
  out?: string;
  compact?: boolean;
  pretty?: boolean;
  table?: CsvTable;
  bom: boolean;
  encoding?: string;
  indicators: boolean;
  jobs?: number;
  shard?: Shard | AutoShard;
  quiet?: boolean;
  /** Unit of offsets in the output (default codepoint, what Python and R slice by). */
  offsetUnit: OffsetUnit;
  /** JSON to stdout / -o: always an array, whatever the number of inputs. */
  array?: boolean;
  /** `--records`: NDJSON records in on stdin, NDJSON out per record (src/cli/records.ts). */
  records?: boolean;
  /** --from: input format instead of detection. */
  from?: InputFormat;
  /** --include-text: the extracted text as source.text. */
  includeText?: boolean;
  /** --explain: the debug trace of each input on stderr. */
  explain?: boolean;
  /** --explain-at OFFSET: only the trace entries whose span holds OFFSET. */
  explainAt?: number;
}

/** commander argParser: an integer ≥ 0 (an offset). */
export function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected an integer ≥ 0');
  return n;
}

/** commander argParser: a positive integer. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('expected a positive integer');
  }
  return n;
}

/** commander argParser: a WHATWG encoding label, normalised (gbk → gb18030). */
export function encodingLabel(value: string): string {
  try {
    return normaliseEncodingLabel(value);
  } catch (error) {
    throw new InvalidArgumentError((error as PolicyParseError).message);
  }
}

/** commander argParser: `i/n` or `auto/n`. */
export function shardSpec(value: string): Shard | AutoShard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
