import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { FIXTURES } from './helpers/fixtures.js';

describe('public API', () => {
  it('exports the documented names (a change here is an API change)', () => {
    const names = Object.keys(api);
    for (const name of [
      'parseDocument', 'documentFromDecoded', 'extractAll', 'decode', 'normaliseEncodingLabel', 'PolicyParseError', 'UsageError',
      'ERROR_CODES', 'Document', 'SCHEMA_VERSION', 'Target', 'Section', 'Responsibility', 'FORMATS', 'formatFromPath',
      'documentToJson', 'toJsonArray', 'documentToNdjson', 'toNdjson', 'documentToYaml', 'toYaml', 'toCsv', 'csvRecords',
      'CSV_TABLES', 'CSV_COLUMNS', 'documentRecords', 'serializerFor', 'toReadable',
    ]) {
      expect(names, name).toContain(name);
    }
  });

  it('parseDocument takes bytes or text and gives the same document apart from the source bytes', () => {
    const bytes = readFileSync(join(FIXTURES, 'io', 'elderly-care.gb18030.txt'));
    const text = readFileSync(join(FIXTURES, 'io', 'elderly-care.utf8.txt'), 'utf8');
    const fromBytes = api.parseDocument(bytes, { path: 'a.txt' });
    const fromText = api.parseDocument(text, { path: 'a.txt' });
    expect(fromBytes.source.encoding).toBe('gb18030');
    expect(fromText.source.encoding).toBe('utf-8');
    expect(fromBytes.source.chars).toBe(text.length);
    expect({ ...fromBytes, source: null }).toEqual({ ...fromText, source: null });
    expect(api.Document.safeParse(fromBytes).success).toBe(true);
  });

  it('parseDocument reports undecodable bytes with a stable code', () => {
    expect(() => api.parseDocument(Uint8Array.from([0x41, 0xff, 0x0a]))).toThrowError(
      expect.objectContaining({ code: 'PDP_ENCODING_UNDECODABLE' }),
    );
  });

  it('formatFromPath infers the format from the extension', () => {
    expect(['a.json', 'b.NDJSON', 'c.jsonl', 'd.csv', 'e.yml', 'f.yaml', 'g.txt'].map(api.formatFromPath)).toEqual([
      'json', 'ndjson', 'ndjson', 'csv', 'yaml', 'yaml', null,
    ]);
  });
});
