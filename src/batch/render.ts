import { createHash } from 'node:crypto';
import { writeFileAtomicSync } from '../io/atomic.js';
import { serializerFor, type DocumentSerializer, type SerializerOptions } from '../export/stream.js';
import type { Document } from '../schema/document.js';

/** Formats a document is written in as text, one document at a time. */
export type TextFormat = 'json' | 'ndjson' | 'yaml' | 'csv';

/**
 * One text a sink writes for each document: the format's per-document piece (`document(doc, 0)`
 * of its serializer). Plain data: it travels with each task to the worker that renders it.
 */
export interface RenderPart {
  format: TextFormat;
  options?: SerializerOptions;
  /** yaml: without the leading `---` marker (a file of its own). */
  bare?: boolean;
  /** Also the sha256 of the text's UTF-8 bytes (a manifest's `outputSha256`). */
  digest?: boolean;
}

export type RenderSpec = RenderPart[];

/**
 * A parsed document as its sink needs it: the texts to write, and what the run's manifest and
 * summary record. Rendered where it was parsed (a worker), so that the main thread, which must
 * write every document in order, only writes: serialising there kept a pool on 2 cores no faster
 * than one thread.
 */
export interface RenderedDocument {
  docId: string;
  /** sha256 of the input's bytes. */
  sha256: string;
  targets: number;
  /** One per RenderPart, in order. */
  texts: string[];
  /** sha256 of each text, for parts that asked for it, else null. */
  digests: Array<string | null>;
  /**
   * The first text is already in place at the task's `outputFile` (and `texts[0]` is then empty:
   * not copied back to the main thread). False when there was none or it could not be written:
   * the sink writes the text, and meets and reports the error itself.
   */
  inPlace: boolean;
}

/** Render a document; with `outputFile`, also write the first text there atomically. */
export type Renderer = (doc: Document, outputFile?: string) => RenderedDocument;

const renderers = new Map<string, Promise<Renderer>>();

/** The renderer of a spec (serializers loaded once per thread and spec). */
export function rendererFor(spec: RenderSpec): Promise<Renderer> {
  const key = JSON.stringify(spec);
  let renderer = renderers.get(key);
  if (!renderer) {
    renderer = makeRenderer(spec);
    renderers.set(key, renderer);
  }
  return renderer;
}

async function makeRenderer(spec: RenderSpec): Promise<Renderer> {
  const serializers: DocumentSerializer[] = await Promise.all(spec.map((part) => serializerFor(part.format, part.options)));
  return (doc, outputFile) => {
    const texts: string[] = [];
    const digests: Array<string | null> = [];
    for (const [i, part] of spec.entries()) {
      let text = serializers[i].document(doc, 0);
      if (part.bare && part.format === 'yaml') text = text.replace(/^---\n/, '');
      texts.push(text);
      digests.push(part.digest ? createHash('sha256').update(text).digest('hex') : null);
    }
    let inPlace = false;
    if (outputFile !== undefined && texts.length) {
      try {
        writeFileAtomicSync(outputFile, texts[0]);
        inPlace = true;
        texts[0] = '';
      } catch {
        // Left to the sink (see inPlace).
      }
    }
    return { docId: doc.docId, sha256: doc.source.sha256, targets: doc.targets.length, texts, digests, inPlace };
  };
}
