import { buffer } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { toCsv, toNdjson, toReadable, toYaml, type Document } from '../../src/index.js';
import { sampleDocument } from './sample.js';

// Buffer, not TextDecoder: the decoder would swallow the CSV's BOM.
const text = async (stream: Readable) => (await buffer(stream)).toString('utf8');

async function* later(docs: Document[]): AsyncGenerator<Document> {
  for (const doc of docs) yield doc;
}

describe('toReadable', () => {
  const docs = [sampleDocument(), { ...sampleDocument(), docId: 'pfedcba9876543210' }];

  it('streams the same text the string exporters give', async () => {
    expect(await text(toReadable(later(docs), 'ndjson'))).toBe(toNdjson(docs));
    expect(await text(toReadable(docs, 'csv', { table: 'units' }))).toBe(toCsv(docs, 'units'));
    expect(await text(toReadable(docs, 'yaml'))).toBe(toYaml(docs));
  });

  it('streams JSON as an array, or as one object when single', async () => {
    expect(JSON.parse(await text(toReadable(later(docs), 'json'))).map((d: Document) => d.docId)).toEqual([
      'p0123456789abcdef', 'pfedcba9876543210',
    ]);
    expect(JSON.parse(await text(toReadable([docs[0]], 'json', { single: true }))).docId).toBe('p0123456789abcdef');
    expect(await text(toReadable([], 'json'))).toBe('[]\n');
  });
});
