import { Document } from '../../src/schema/document.js';

/**
 * A hand-made, schema-valid document with one or more of every entity, and strings that trip
 * naive writers: YAML 1.1 booleans and dates, CSV quotes, commas and line breaks.
 */
export function sampleDocument(): Document {
  const text = '一、总体目标\n到2025年，养老机构护理型床位占比达到60%以上。（牵头单位：市民政局；配合单位：市卫生健康委）\n';
  const pct = text.indexOf('60%以上');
  const list = text.indexOf('（牵头单位');
  return Document.parse({
    schemaVersion: 1,
    docId: 'p0123456789abcdef',
    source: { path: 'plans/no.txt', sha256: 'a'.repeat(64), encoding: 'gb18030', chars: text.length },
    meta: {
      title: 'no',
      docNumber: '某府办发〔2023〕12号',
      issuer: '某市人民政府办公室',
      issueDate: '2023-03-15',
      recipients: ['各区县人民政府', '市政府各部门'],
      draft: true,
      period: { start: 2023, end: 2025 },
      basis: [{ title: '关于"养老",服务的意见', docNumber: null }],
    },
    sections: [
      {
        id: '1', level: 1, marker: '一、', number: 1, heading: '总体目标', start: 0, end: text.length, text: text.slice(7),
        children: [{ id: '1.1', level: 2, marker: '（一）', number: 1, heading: 'yes', start: 7, end: text.length, text: '2020-09-04', children: [] }],
      },
    ],
    targets: [
      {
        sectionId: '1.1', kind: 'percent', text: '60%以上', start: pct, end: pct + 5, value: 60, min: null, max: null, unit: '%',
        comparator: 'gte', year: null, month: null, day: null, indicator: '养老机构护理型床位占比', deadline: 2025,
      },
    ],
    responsibilities: [
      {
        sectionId: '1.1', table: null, row: null,
        units: [{ name: '市民政局', role: 'lead' }, { name: '市卫生健康委', role: 'support' }],
        raw: text.slice(list, text.length - 1), start: list, end: text.length - 1,
      },
    ],
    units: [
      { name: '市民政局', lead: 1, support: 0, responsible: 0 },
      { name: '市卫生健康委', lead: 0, support: 1, responsible: 0 },
    ],
    tables: [
      {
        title: '附件：重点任务清单', columns: ['序号', '任务', '责任单位'],
        rows: [['1', '建设\n中心', '市民政局'], ['2', 'on', '市民政局']],
        start: 0, end: 10, cellSpans: [[{ start: 0, end: 1 }, null, null], [null, null, null]],
      },
    ],
    notes: [{ marker: '1.', term: '“五化”', text: '标准化、规范化', start: 3, end: 9 }],
    warnings: [{ code: 'NUMBERING_GAP', message: 'gap, "quoted"', start: null }],
  });
}
