import { describe, expect, it } from 'vitest';
import { documentRecords, documentToNdjson, toNdjson } from '../../src/export/index.js';
import { sampleDocument } from './sample.js';

describe('NDJSON export', () => {
  it('writes one self-contained record per line, each with type and docId', () => {
    const doc = sampleDocument();
    const lines = documentToNdjson(doc).split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => r.type)).toEqual([
      'document', 'section', 'section', 'target', 'responsibility', 'note', 'table_row', 'table_row', 'diagnostic',
    ]);
    expect(new Set(records.map((r) => r.docId))).toEqual(new Set(['0123456789abcdef']));
  });

  it('flattens sections with their parent id and no children', () => {
    const sections = [...documentRecords(sampleDocument())].filter((r) => r.type === 'section');
    expect(sections.map((s) => [s.id, s.parentId, 'children' in s])).toEqual([
      ['1', null, false],
      ['1.1', '1', false],
    ]);
  });

  it('carries meta, source, unit loads and counts on the document record', () => {
    const [first] = documentRecords(sampleDocument());
    expect(first).toMatchObject({
      type: 'document',
      source: { path: 'plans/no.txt', encoding: 'gb18030' },
      meta: { title: 'no', issueDate: '2023-03-15' },
      counts: { sections: 2, targets: 1, responsibilities: 1, units: 2, tables: 1, notes: 1, warnings: 1 },
    });
    expect((first.unitLoad as unknown[]).length).toBe(2);
    expect(first).not.toHaveProperty('units');
  });

  it('concatenates documents (a corpus is the concatenation of its documents)', () => {
    const doc = sampleDocument();
    const other = { ...doc, docId: 'fedcba9876543210' };
    expect(toNdjson([doc, other])).toBe(documentToNdjson(doc) + documentToNdjson(other));
    expect(toNdjson([doc, other]).split('\n').length - 1).toBe(18);
  });

  it('a table row record holds its title, columns, cells and cell spans', () => {
    const rows = [...documentRecords(sampleDocument())].filter((r) => r.type === 'table_row');
    expect(rows[0]).toEqual({
      type: 'table_row', docId: '0123456789abcdef', table: 0, title: '附件：重点任务清单', row: 0,
      columns: ['序号', '任务', '责任单位'], cells: ['1', '建设\n中心', '市民政局'], cellSpans: [{ start: 0, end: 1 }, null, null],
    });
  });
});
