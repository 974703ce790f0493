import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/index.js';
import { Document } from '../../src/schema/document.js';

/**
 * A hand-made, schema-valid document whose strings trip writers and readers: line breaks of
 * every kind, quotes, commas, a leading `=`, `+`, `-`, `@`, `'`, tab and full-width `＝`
 * (spreadsheet formulas), ids that look like numbers (`6.20`, `1.`), a docId of digits only
 * after its letter, a character outside the BMP, a negative and a huge number.
 */
export function hostileDocument(docId = 'p0401883535574200'): Document {
  const text = '六、总体目标\r\n𠮷到2025年，"占比",达到60%以上。\n（牵头单位：=市民政局；配合单位：+市卫健委、@市财政局、-市统计局）\r\n';
  return Document.parse({
    schemaVersion: 1,
    docId,
    source: { path: 'plans/=evil,"name".txt', sha256: 'b'.repeat(64), encoding: 'utf-8', chars: text.length, offsetUnit: 'utf16' },
    meta: {
      title: '=HYPERLINK("http://example.com","点击")某市行动计划',
      docNumber: '+某府发〔2023〕1号',
      issuer: '@某市人民政府',
      issueDate: '2023-03-15',
      recipients: ['-各区县人民政府', "'市政府各部门", '\t制表'],
      draft: false,
      period: null,
      basis: [{ title: '关于"养老",服务的意见', docNumber: '＝国发〔2019〕4号' }],
    },
    sections: [
      {
        id: '6', level: 1, marker: '六、', number: 6, heading: '总体目标', start: 0, end: text.length, text: 'line1\r\nline2\nline3\rline4',
        children: [
          { id: '6.20', level: 2, marker: '20.', number: 20, heading: '-负数开头', start: 8, end: text.length, text: '"quoted", comma\r\n', children: [] },
        ],
      },
    ],
    targets: [
      {
        sectionId: '6.20', kind: 'ratio', text: '20:1', start: 8, end: 12, value: null, min: null, max: null, unit: null,
        comparator: 'eq', year: null, month: null, day: null, left: 20, right: 1, indicator: '=1+1', deadline: 2025,
      },
      {
        sectionId: '6', kind: 'percent', text: '-5%', start: 3, end: 6, value: -5, min: null, max: null, unit: '%',
        comparator: 'lte', year: null, month: null, day: null, indicator: null, deadline: null,
      },
      {
        sectionId: null, kind: 'money', text: '1e+21', start: 1, end: 2, value: 1e21, min: 0.5, max: 1e21, unit: 'CNY',
        comparator: 'approx', year: null, month: null, day: null, indicator: '1e+21', deadline: null,
      },
    ],
    responsibilities: [
      {
        sectionId: '6.20', table: null, row: null,
        units: [{ name: '=市民政局', role: 'lead' }, { name: '+市卫健委', role: 'support' }, { name: '@市财政局', role: 'support' }],
        raw: '（牵头单位：=市民政局；\r\n配合单位："+市卫健委"）', start: 20, end: 40,
      },
    ],
    units: [
      { name: '=市民政局', lead: 1, support: 0, responsible: 0 },
      { name: '+市卫健委', lead: 0, support: 1, responsible: 0 },
      { name: '@市财政局', lead: 0, support: 1, responsible: 0 },
    ],
    tables: [
      {
        title: '附件：=SUM(1,2)', columns: ['序号', '任务\n名称', '责任单位'],
        rows: [['1', '建设\r\n中心', '-市民政局'], ['2', '"引号"', '']],
        start: 0, end: 10, cellSpans: [[{ start: 0, end: 1 }, null, null], [null, null, null]],
      },
    ],
    notes: [{ marker: '1.', term: null, text: '@注释,\n两行', start: 3, end: 9 }],
    warnings: [{ code: 'NUMBERING_GAP', message: 'gap, "quoted"\r\nnext', start: null }],
  });
}

const SEEDS = join(import.meta.dirname, '../../seeds');

/**
 * The documents every reader of the flat formats is checked on: the seeds, a parsed fixture full of
 * CR/LF, quotes, commas and formula openers, and two hand-made hostile documents (offsets in code
 * points, as the CLI writes them).
 */
export const exportDatasets: Record<string, () => Document[]> = {
  seeds: () =>
    readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => parseDocument(readFileSync(join(SEEDS, f)), { path: `seeds/${f}`, offsetUnit: 'codepoint', indicators: false })),
  fixture: () => [
    parseDocument(readFileSync(join(import.meta.dirname, '../../fixtures/export/hostile.txt')), { path: 'hostile.txt', offsetUnit: 'codepoint', indicators: false }),
  ],
  handmade: () => [hostileDocument(), hostileDocument('p793831183094e412')],
};
