import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AtomicFile, writeFileAtomic } from '../io/atomic.js';
import { serializerFor, type DocumentSerializer, type SerializerOptions } from '../export/stream.js';
import { EXTENSION, type Format, type TableFormat } from '../export/formats.js';
import { UsageError } from '../errors.js';
import { CSV_TABLES, type CsvTable } from '../export/formats.js';
import type { Document } from '../schema/document.js';
import type { Shard } from '../batch/shard.js';
import type { ManifestInput } from '../batch/manifest.js';
import { stdoutWriter, type TextWriter } from './stdout.js';

/**
 * Where documents go, one at a time in input order. `add` returns the files (relative to the
 * output folder) that now hold the document; `finish` completes every file atomically;
 * `abort` leaves no file behind.
 */
export interface Sink {
  add(doc: Document, path: string): Promise<string[]>;
  /** Keep an earlier run's output for an unchanged input (only sinks that `canReuse`). */
  reuse(entry: ManifestInput): Promise<void>;
  /** Whether `reuse` can keep this earlier entry's output. */
  canReuse(entry: ManifestInput): boolean;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/** All documents through one serializer into one writer (stdout, or one file). */
class StreamSink implements Sink {
  private count = 0;
  private started = false;
  constructor(
    private readonly serializer: DocumentSerializer,
    private readonly writer: TextWriter,
  ) {}

  private async begin(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.writer.write(this.serializer.begin());
  }

  async add(doc: Document): Promise<string[]> {
    await this.begin();
    await this.writer.write(this.serializer.document(doc, this.count++));
    return [];
  }

  canReuse(): boolean {
    return false;
  }

  async reuse(): Promise<void> {
    throw new Error('a stream output cannot reuse earlier output');
  }

  async finish(): Promise<void> {
    await this.begin();
    await this.writer.write(this.serializer.end(this.count));
  }

  async abort(): Promise<void> {}

  get documents(): number {
    return this.count;
  }
}

export async function stdoutSink(format: Format, options: SerializerOptions, writer: TextWriter): Promise<Sink> {
  return new StreamSink(await serializerFor(format, options), writer);
}

/** `-o FILE`: one file, atomically; not created at all when no document succeeded. */
export async function fileSink(path: string, format: Format, options: SerializerOptions): Promise<Sink> {
  const serializer = await serializerFor(format, options);
  const file = new AtomicFile(path);
  const stream = new StreamSink(serializer, file);
  return {
    add: (doc) => stream.add(doc),
    canReuse: () => false,
    reuse: () => stream.reuse(),
    async finish() {
      if (stream.documents === 0) return file.abort();
      await stream.finish();
      await file.commit();
    },
    abort: () => file.abort(),
  };
}

/** `--out DIR` for json / yaml / ndjson: one file per input, named by `stems`. */
export async function perInputSink(
  dir: string,
  format: Format,
  options: SerializerOptions,
  stems: Map<string, string>,
): Promise<Sink> {
  const serializer = await serializerFor(format, { ...options, single: true });
  const fileFor = (path: string) => `${stems.get(path) ?? 'document'}${EXTENSION[format]}`;
  return {
    async add(doc, path) {
      const name = fileFor(path);
      const body = format === 'yaml' ? serializer.document(doc, 0).replace(/^---\n/, '') : serializer.document(doc, 0);
      await writeFileAtomic(join(dir, name), body);
      return [name];
    },
    canReuse: (entry) => Boolean(entry.outputs?.length) && entry.outputs!.every((name) => existsSync(join(dir, name))),
    async reuse() {},
    async finish() {},
    async abort() {},
  };
}

/** `part-<i>-of-<n>` (or `<table>-part-…` for CSV); `part-1-of-1` when not sharded. */
export function partName(shard: Shard | null): string {
  return `part-${shard?.index ?? 1}-of-${shard?.count ?? 1}`;
}

/**
 * `--out DIR --shard i/n` with ndjson: every document of the shard streamed into one part file.
 * A rerun copies the records of unchanged inputs from the previous part file: they are in input
 * order there too, each document's records starting with its `document` record.
 */
export async function ndjsonPartSink(dir: string, shard: Shard | null): Promise<Sink> {
  const serializer = await serializerFor('ndjson');
  const name = `${partName(shard)}.ndjson`;
  const path = join(dir, name);
  const previous = existsSync(path) ? await PartReader.open(path) : null;
  const file = new AtomicFile(path);
  return {
    async add(doc) {
      await file.write(serializer.document(doc, 0));
      return [name];
    },
    canReuse: (entry) => Boolean(previous?.reserve(entry.path)),
    async reuse(entry) {
      const lines = await previous!.take(entry.path);
      await file.write(lines);
    },
    async finish() {
      previous?.close();
      await file.commit();
    },
    async abort() {
      previous?.close();
      await file.abort();
    },
  };
}

/** Reads an earlier NDJSON part file forward, one document's records at a time. */
class PartReader {
  private pendingLine: string | null = null;
  /** Position (in the old file) of the last document promised to `take`. */
  private reserved = -1;
  private constructor(
    private readonly lines: AsyncIterator<string>,
    private readonly close_: () => void,
    private readonly positions: Map<string, number>,
  ) {}

  static async open(path: string): Promise<PartReader> {
    // First pass: which inputs it holds (paths only, so memory stays small).
    const positions = new Map<string, number>();
    for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
      const p = documentPath(line);
      if (p !== null && !positions.has(p)) positions.set(p, positions.size);
    }
    const input = createReadStream(path, 'utf8');
    const rl = createInterface({ input, crlfDelay: Infinity });
    return new PartReader(rl[Symbol.asyncIterator](), () => rl.close(), positions);
  }

  /**
   * Promise `path`'s records to a later `take`, in call order. Only possible when the file holds
   * them after those already promised, since the file is read forward once.
   */
  reserve(path: string): boolean {
    const position = this.positions.get(path);
    if (position === undefined || position <= this.reserved) return false;
    this.reserved = position;
    return true;
  }

  /** The lines of `path`'s document, skipping documents before it. Inputs come in the same order. */
  async take(path: string): Promise<string> {
    let out = '';
    let inside = false;
    for (;;) {
      const line = this.pendingLine ?? (await this.next());
      this.pendingLine = null;
      if (line === null) return out;
      const p = documentPath(line);
      if (p !== null) {
        if (inside) {
          this.pendingLine = line;
          return out;
        }
        inside = p === path;
      }
      if (inside && line) out += line + '\n';
    }
  }

  private async next(): Promise<string | null> {
    const result = await this.lines.next();
    return result.done ? null : result.value;
  }

  close(): void {
    this.close_();
  }
}

/** `source.path` of a `document` record line, else null. */
function documentPath(line: string): string | null {
  if (!line.startsWith('{"type":"document"')) return null;
  try {
    return (JSON.parse(line) as { path?: string }).path ?? null;
  } catch {
    return null;
  }
}

/** `--out DIR` with csv: one file per table for the whole batch (or shard), joined on docId. */
export async function csvTablesSink(dir: string, options: SerializerOptions, shard: Shard | null): Promise<Sink> {
  const suffix = shard && shard.count > 1 ? `-${partName(shard)}` : '';
  const tables = await Promise.all(
    CSV_TABLES.map(async (table: CsvTable) => {
      const name = `${table}${suffix}.csv`;
      const serializer = await serializerFor('csv', { ...options, table });
      const file = new AtomicFile(join(dir, name));
      await file.write(serializer.begin());
      return { name, serializer, file };
    }),
  );
  return {
    async add(doc) {
      for (const t of tables) await t.file.write(t.serializer.document(doc, 0));
      return tables.map((t) => t.name);
    },
    canReuse: () => false,
    async reuse() {},
    async finish() {
      for (const t of tables) await t.file.commit();
    },
    async abort() {
      for (const t of tables) await t.file.abort();
    },
  };
}

/**
 * xlsx / parquet: every document's table rows gathered, then written whole when the batch ends
 * (a workbook or a Parquet footer cannot be appended to), each file atomically. xlsx: one
 * workbook (`-o FILE`, `--out DIR` → `tables.xlsx`, or stdout when it is not a terminal).
 * parquet: one file per table into `--out DIR`, or the `--table` one to `-o FILE`.
 */
export async function tableFormatSink(
  format: TableFormat,
  target: { out?: string; output?: string; table?: CsvTable; shard: Shard | null; stdout: NodeJS.WriteStream },
): Promise<Sink> {
  const { out, output, shard, stdout } = target;
  if (!out && !output && (format === 'parquet' || stdout.isTTY)) {
    throw new UsageError(format === 'parquet' ? 'parquet writes one file per table: give --out DIR (or -o FILE with --table)' : 'xlsx is binary: give -o FILE, --out DIR or redirect stdout');
  }
  const { TableRows } = await import('../export/tables.js');
  const tables = new TableRows();
  const suffix = shard && shard.count > 1 ? `-${partName(shard)}` : '';
  const names = !out ? [] : format === 'xlsx' ? [`tables${suffix}.xlsx`] : CSV_TABLES.map((t) => `${t}${suffix}.parquet`);
  return {
    async add(doc) {
      tables.add(doc);
      return names;
    },
    canReuse: () => false,
    async reuse() {},
    async finish() {
      if (output && tables.documents === 0) return;
      if (format === 'xlsx') {
        const bytes = await (await import('../export/xlsx.js')).toXlsx(tables);
        if (out) await writeFileAtomic(join(out, names[0]), bytes);
        else if (output) await writeFileAtomic(output, bytes);
        else {
          stdoutWriter(stdout); // its handler ends a closed pipe quietly
          await new Promise<void>((resolve, reject) => stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
        }
        return;
      }
      const { tableToParquet } = await import('../export/parquet.js');
      if (output) return writeFileAtomic(output, await tableToParquet(target.table ?? 'targets', tables.rows[target.table ?? 'targets']));
      for (const [i, table] of CSV_TABLES.entries()) await writeFileAtomic(join(out!, names[i]), await tableToParquet(table, tables.rows[table]));
    },
    async abort() {},
  };
}
