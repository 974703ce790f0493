import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentToYaml, toYaml } from '../../src/export/index.js';
import { sampleDocument } from './sample.js';

describe('YAML export', () => {
  it('reads back with a YAML 1.1 reader to the same values', () => {
    const doc = sampleDocument();
    expect(parse(documentToYaml(doc), { version: '1.1' })).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('quotes strings a YAML 1.1 reader would take for booleans or dates', () => {
    const yaml = documentToYaml(sampleDocument());
    expect(yaml).toContain('title: "no"');
    expect(yaml).toContain('heading: "yes"');
    expect(yaml).toContain('issueDate: "2023-03-15"');
    expect(yaml).toMatch(/- "on"/);
  });

  it('does not fold long lines', () => {
    const doc = sampleDocument();
    doc.meta.issuer = '某'.repeat(300);
    expect(documentToYaml(doc)).toContain(`issuer: ${'某'.repeat(300)}\n`);
  });

  it('writes several documents as a stream', () => {
    const docs = parseAllDocuments(toYaml([sampleDocument(), sampleDocument()]), { version: '1.1' });
    expect(Array.isArray(docs) && docs.map((d) => d.toJS().docId)).toEqual(['p0123456789abcdef', 'p0123456789abcdef']);
  });
});
