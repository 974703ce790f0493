import { describe, expect, it } from 'vitest';
import { documentRecords, documentToNdjson, toNdjson } from '../../src/export/index.js';
import { sampleDocument } from './sample.js';
import { hostileDocument } from './hostile.js';

describe('NDJSON export', () => {
  it('writes one self-contained record per line, each with type and docId', () => {
    const doc = sampleDocument();
    const lines = documentToNdjson(doc).split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => r.type)).toEqual([
      'document', 'section', 'section', 'target', 'responsibility', 'unit', 'unit', 'note', 'table_row', 'table_row', 'diagnostic',
    ]);
    expect(new Set(records.map((r) => r.docId))).toEqual(new Set(['p0123456789abcdef']));
  });

  it('writes exactly the records documentRecords gives, type first', () => {
    for (const doc of [sampleDocument(), hostileDocument()]) {
      const lines = documentToNdjson(doc).trimEnd().split('\n');
      expect(lines).toEqual([...documentRecords(doc)].map((r) => JSON.stringify(r)));
    }
  });

  it('flattens sections with their parent id and no children', () => {
    const sections = [...documentRecords(sampleDocument())].filter((r) => r.type === 'section');
    expect(sections.map((s) => [s.id, s.parentId, 'children' in s])).toEqual([
      ['1', null, false],
      ['1.1', '1', false],
    ]);
  });

  it('the document record is flat: source, meta and counts by their names', () => {
    const [first] = documentRecords(sampleDocument());
    expect(first).toMatchObject({
      type: 'document', path: 'plans/no.txt', encoding: 'gb18030', offsetUnit: 'utf16', title: 'no', issueDate: '2023-03-15',
      recipients: ['各区县人民政府', '市政府各部门'], basis: [{ title: '关于"养老",服务的意见', docNumber: null }],
      periodStart: 2023, periodEnd: 2025, sectionCount: 2, targetCount: 1, responsibilityCount: 1, unitCount: 2, tableCount: 1,
      noteCount: 1, warningCount: 1,
    });
    expect(first).not.toHaveProperty('source');
    expect(first).not.toHaveProperty('unitLoad');
  });

  it('unit loads are unit records, with the JSON names', () => {
    const units = [...documentRecords(sampleDocument())].filter((r) => r.type === 'unit');
    expect(units[0]).toEqual({ type: 'unit', docId: 'p0123456789abcdef', name: '市民政局', lead: 1, support: 0, responsible: 0 });
  });

  it('concatenates documents (a corpus is the concatenation of its documents)', () => {
    const doc = sampleDocument();
    const other = { ...doc, docId: 'pfedcba9876543210' };
    expect(toNdjson([doc, other])).toBe(documentToNdjson(doc) + documentToNdjson(other));
    expect(toNdjson([doc, other]).split('\n').length - 1).toBe(22);
  });

  it('a table row record holds its title, columns, cells and cell spans', () => {
    const rows = [...documentRecords(sampleDocument())].filter((r) => r.type === 'table_row');
    expect(rows[0]).toEqual({
      type: 'table_row', docId: 'p0123456789abcdef', table: 0, title: '附件：重点任务清单', row: 0,
      columns: ['序号', '任务', '责任单位'], cells: ['1', '建设\n中心', '市民政局'], cellSpans: [{ start: 0, end: 1 }, null, null],
    });
  });
});
