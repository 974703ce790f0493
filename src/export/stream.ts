import { Readable } from 'node:stream';
import type { Document } from '../schema/document.js';
import type { Format } from './formats.js';
import type { CsvTable } from './formats.js';

/**
 * A format as three pieces of text, so any number of documents can be written one at a time
 * without holding the corpus: `begin()`, then `document()` per document, then `end()`.
 */
export interface DocumentSerializer {
  begin(): string;
  document(doc: Document, index: number): string;
  end(count: number): string;
}

export interface SerializerOptions {
  /** json: indent two spaces. */
  pretty?: boolean;
  /** json: write one object (the single document) instead of an array. */
  single?: boolean;
  /** csv: which table. Default targets. */
  table?: CsvTable;
  /** csv: UTF-8 BOM first. Default true. */
  bom?: boolean;
}

/** The serializer for a format. Loads the yaml / csv writer only when asked for. */
export async function serializerFor(format: Format, options: SerializerOptions = {}): Promise<DocumentSerializer> {
  switch (format) {
    case 'json': {
      const space = options.pretty ? 2 : undefined;
      if (options.single) {
        return { begin: () => '', document: (doc) => JSON.stringify(doc, null, space) + '\n', end: () => '' };
      }
      return {
        begin: () => '[',
        document: (doc, index) => (index ? ',\n' : '\n') + JSON.stringify(doc, null, space),
        end: (count) => (count ? '\n]\n' : ']\n'),
      };
    }
    case 'ndjson': {
      const { documentToNdjson } = await import('./ndjson.js');
      return { begin: () => '', document: (doc) => documentToNdjson(doc), end: () => '' };
    }
    case 'yaml': {
      const { documentToYaml } = await import('./yaml.js');
      return { begin: () => '', document: (doc) => '---\n' + documentToYaml(doc), end: () => '' };
    }
    case 'csv': {
      const { csvPreamble, documentToCsvRows } = await import('./csv.js');
      const table = options.table ?? 'targets';
      return {
        begin: () => csvPreamble(table, { bom: options.bom }),
        document: (doc) => documentToCsvRows(doc, table),
        end: () => '',
      };
    }
    case 'xlsx':
    case 'parquet':
      throw new Error(`${format} is written whole, not streamed: use to${format === 'xlsx' ? 'Xlsx' : 'Parquet'}()`);
  }
}

/** Documents (an array or an async source) as a readable stream of text in the given format. */
export function toReadable(
  docs: Iterable<Document> | AsyncIterable<Document>,
  format: Format,
  options: SerializerOptions = {},
): Readable {
  async function* chunks(): AsyncGenerator<string> {
    const serializer = await serializerFor(format, options);
    yield serializer.begin();
    let count = 0;
    for await (const doc of docs) yield serializer.document(doc, count++);
    yield serializer.end(count);
  }
  return Readable.from(chunks(), { objectMode: false });
}
