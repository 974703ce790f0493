import { createReadStream, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AtomicFile, writeFileAtomic, writeFileAtomicSync } from '../io/atomic.js';
import { serializerFor, type DocumentSerializer, type SerializerOptions } from '../export/stream.js';
import { EXTENSION, type Format, type TableFormat } from '../export/formats.js';
import { UsageError } from '../errors.js';
import { CSV_TABLES, type CsvTable } from '../export/formats.js';
import type { Document } from '../schema/document.js';
import type { Shard } from '../batch/shard.js';
import type { ManifestInput } from '../batch/manifest.js';
import type { RenderedDocument, RenderSpec } from '../batch/render.js';
import { stdoutWriter, type TextWriter } from './stdout.js';

/** What `add` wrote for one document: files relative to the output folder, and the digest of its bytes there. */
export interface Written {
  outputs: string[];
  outputSha256?: string;
}

const sha256Of = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A parsed document as a sink takes it: rendered by its `render` spec, or the Document when it has none. */
export type Parsed = { document: Document; rendered?: undefined } | { rendered: RenderedDocument; document?: undefined };

/**
 * Where documents go, one at a time in input order. `add` says what now holds the document;
 * `finish` completes every file atomically; `abort` leaves no file behind.
 */
export interface Sink {
  /**
   * The texts each document is rendered into where it is parsed (a worker), so this thread only
   * writes them; null: `add` takes the Document (xlsx / parquet gather rows).
   */
  readonly render: RenderSpec | null;
  /** Where the parsing thread may write an input's first rendered text itself (RenderedDocument.inPlace). */
  outputFileFor?(path: string): string;
  add(parsed: Parsed, path: string): Promise<Written>;
  /** Keep an earlier run's output for an unchanged input (only sinks that `canReuse`). */
  reuse(entry: ManifestInput): Promise<void>;
  /** Whether `reuse` can keep this earlier entry's output: it is there and still has the recorded digest. */
  canReuse(entry: ManifestInput): boolean;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

const textOf = (parsed: Parsed, part = 0): { text: string; digest: string | null } => {
  if (!parsed.rendered) throw new Error('this sink writes rendered documents (Sink.render)');
  return { text: parsed.rendered.texts[part], digest: parsed.rendered.digests[part] };
};

/**
 * All documents through one serializer into one writer (stdout, or one file). Each document
 * arrives rendered as its format's first element; later elements of a JSON array get the comma here.
 */
class StreamSink implements Sink {
  private count = 0;
  private started = false;
  readonly render: RenderSpec;
  constructor(
    format: Format,
    options: SerializerOptions,
    private readonly serializer: DocumentSerializer,
    private readonly writer: TextWriter,
  ) {
    this.render = [{ format: format as RenderSpec[number]['format'], options }];
    this.separator = format === 'json' && !options.single ? ',' : '';
  }

  private readonly separator: string;

  private async begin(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.writer.write(this.serializer.begin());
  }

  async add(parsed: Parsed): Promise<Written> {
    await this.begin();
    const { text } = textOf(parsed);
    await this.writer.write(this.count++ && this.separator ? this.separator + text : text);
    return { outputs: [] };
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
  return new StreamSink(format, options, await serializerFor(format, options), writer);
}

/** `-o FILE`: one file, atomically; not created at all when no document succeeded. */
export async function fileSink(path: string, format: Format, options: SerializerOptions): Promise<Sink> {
  const serializer = await serializerFor(format, options);
  const file = new AtomicFile(path);
  const stream = new StreamSink(format, options, serializer, file);
  return {
    render: stream.render,
    add: (parsed) => stream.add(parsed),
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
  const fileFor = (path: string) => `${stems.get(path) ?? 'document'}${EXTENSION[format]}`;
  return {
    // One file per document: yaml without its `---` marker, and the digest for the manifest.
    render: [{ format: format as RenderSpec[number]['format'], options: { ...options, single: true }, bare: true, digest: true }],
    outputFileFor: (path) => join(dir, fileFor(path)),
    async add(parsed, path) {
      const name = fileFor(path);
      const { text, digest } = textOf(parsed);
      if (parsed.rendered?.inPlace && digest) return { outputs: [name], outputSha256: digest };
      try {
        writeFileAtomicSync(join(dir, name), text);
      } catch {
        // The folder gone, full, read-only…: the general path (it remakes the folder) and its error.
        await writeFileAtomic(join(dir, name), text);
      }
      return { outputs: [name], outputSha256: digest ?? sha256Of(text) };
    },
    canReuse: (entry) => entry.outputs?.length === 1 && entry.outputSha256 !== undefined && digestOfFile(join(dir, entry.outputs[0])) === entry.outputSha256,
    async reuse() {},
    async finish() {},
    async abort() {},
  };
}

/** Files of a sharded layout: ndjson parts, csv table parts, shard manifests and their journals. */
const SHARD_FILE = /^(?:\.?part-\d+-of-(\d+)\.ndjson(?:\.salvage)?|[A-Za-z]+-part-\d+-of-(\d+)\.(?:csv|parquet|xlsx)|manifest-\d+-of-(\d+)(?:\.journal\.ndjson|\.json))$/;

/**
 * Remove shard files of another shard count from the output folder: after a re-shard (4 → 3)
 * the old `part-4-of-4.ndjson` would otherwise stay beside the new parts and be read twice. An
 * unsharded run removes them all. Parts of the same count belong to sibling tasks: kept.
 * Returns the names removed.
 */
export function removeOtherShardLayouts(dir: string, shard: Shard | null): string[] {
  const count = shard?.count ?? 1;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = SHARD_FILE.exec(name);
    if (!match) continue;
    const of = Number(match[1] ?? match[2] ?? match[3]);
    if (of === count) continue;
    try {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Not ours to remove after all: leave it.
    }
  }
  return removed;
}

/** `part-<i>-of-<n>` (or `<table>-part-…` for CSV); `part-1-of-1` when not sharded. */
export function partName(shard: Shard | null): string {
  return `part-${shard?.index ?? 1}-of-${shard?.count ?? 1}`;
}

/**
 * Where an interrupted run's part file waits for the next run: `.part-<i>-of-<n>.ndjson.salvage`.
 * Its complete documents (in input order) are reused like those of the previous part.
 */
export function salvageName(shard: Shard | null): string {
  return `.${partName(shard)}.ndjson.salvage`;
}

/**
 * `--out DIR --shard i/n` with ndjson: every document of the shard streamed into one part file.
 * A rerun copies the records of unchanged inputs from the previous part file and from what an
 * interrupted run left (its temp file moved to `salvageName` by the signal handler, or by this
 * run when the writer was killed): they are in input order there too, each document's records
 * starting with its `document` record, and each one's digest is checked against the manifest.
 */
export async function ndjsonPartSink(dir: string, shard: Shard | null): Promise<Sink> {
  const name = `${partName(shard)}.ndjson`;
  const path = join(dir, name);
  const salvage = join(dir, salvageName(shard));
  const readers: PartReader[] = [];
  for (const source of [salvage, path]) if (existsSync(source)) readers.push(await PartReader.open(source));
  const reservedIn = new Map<string, PartReader>();
  const file = new AtomicFile(path, { salvage });
  const close = () => readers.forEach((r) => r.close());
  return {
    render: [{ format: 'ndjson', digest: true }],
    async add(parsed) {
      const { text, digest } = textOf(parsed);
      await file.write(text);
      return { outputs: [name], outputSha256: digest ?? sha256Of(text) };
    },
    canReuse(entry) {
      const reader = readers.find((r) => r.reserve(entry.path, entry.outputSha256));
      if (reader) reservedIn.set(entry.path, reader);
      return Boolean(reader);
    },
    async reuse(entry) {
      await file.write(await reservedIn.get(entry.path)!.take(entry.path));
    },
    async finish() {
      close();
      await file.commit();
      rmSync(salvage, { force: true });
    },
    async abort() {
      close();
      await file.abort();
    },
  };
}

/**
 * Before a part sink opens: the newest temp file a killed writer left for this part becomes the
 * salvage file (older ones are removed with the other stale temp files).
 */
export function salvageKilledPart(dir: string, shard: Shard | null, stale: (folder: string, forFile: string) => string[]): void {
  const names = stale(dir, `${partName(shard)}.ndjson`);
  const newest = names.at(-1);
  if (!newest) return;
  try {
    renameSync(join(dir, newest), join(dir, salvageName(shard)));
  } catch {
    // Not movable: it is removed as a stale temp file instead.
  }
}

/** Reads an earlier NDJSON part file forward, one document's records at a time. */
class PartReader {
  private pendingLine: string | null = null;
  /** Position (in the old file) of the last document promised to `take`. */
  private reserved = -1;
  private constructor(
    private readonly lines: AsyncIterator<string>,
    private readonly close_: () => void,
    private readonly positions: Map<string, { position: number; sha256: string }>,
  ) {}

  static async open(path: string): Promise<PartReader> {
    // First pass: which inputs it holds and the digest of each one's lines (so memory stays small).
    const positions = new Map<string, { position: number; sha256: string }>();
    let current: { path: string; hash: ReturnType<typeof createHash> } | null = null;
    let count = 0;
    const close = () => {
      if (current && !positions.has(current.path)) positions.set(current.path, { position: count, sha256: current.hash.digest('hex') });
      if (current) count++;
      current = null;
    };
    for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
      const p = documentPath(line);
      if (p !== null) {
        close();
        current = { path: p, hash: createHash('sha256') };
      }
      if (current && line) current.hash.update(line + '\n');
    }
    close();
    const input = createReadStream(path, 'utf8');
    const rl = createInterface({ input, crlfDelay: Infinity });
    return new PartReader(rl[Symbol.asyncIterator](), () => rl.close(), positions);
  }

  /**
   * Promise `path`'s records to a later `take`, in call order. Only possible when the file holds
   * them after those already promised, since the file is read forward once.
   */
  reserve(path: string, sha256: string | undefined): boolean {
    const found = this.positions.get(path);
    if (found === undefined || found.position <= this.reserved || found.sha256 !== sha256) return false;
    this.reserved = found.position;
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

/** sha256 of a file's bytes, or null when it cannot be read. */
function digestOfFile(path: string): string | null {
  try {
    return sha256Of(readFileSync(path));
  } catch {
    return null;
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
      return { name, table, serializer, file };
    }),
  );
  return {
    render: tables.map((t) => ({ format: 'csv' as const, options: { ...options, table: t.table } })),
    async add(parsed) {
      for (const [i, t] of tables.entries()) await t.file.write(textOf(parsed, i).text);
      return { outputs: tables.map((t) => t.name) };
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
    render: null,
    async add(parsed) {
      if (!parsed.document) throw new Error('table formats gather Documents (render: null)');
      tables.add(parsed.document);
      return { outputs: names };
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
