import { describe, expect, it } from 'vitest';
import { buildDocumentIndex } from '../../../src/parse/segment/index.js';

describe('tail of the layout', () => {
  it('finds where the body ends, the notes, the signature and the attachments of a short plan', () => {
    const text = [
      '某市养老服务实施方案',
      '一、总体要求',
      '到2025年，建成体系。',
      '二、保障措施',
      '加强领导。',
      '本方案自印发之日起施行。',
      '注：养老机构含社区机构。',
      '某市民政局',
      '2023年5月6日',
      '附件：任务分工表',
      '序号\t任务\t牵头单位',
      '1\t建设\t市民政局',
    ].join('\n');
    const index = buildDocumentIndex(text);
    expect(index.paragraphs.map((p) => p.text).slice(5, 10)).toEqual(['本方案自印发之日起施行。', '注：养老机构含社区机构。', '某市民政局', '2023年5月6日', '附件：任务分工表']);
    expect(index.tail).toEqual({ bodyEnd: text.indexOf('本方案'), notes: { from: 6, to: 7 }, attachment: 9, signature: { from: 7, to: 9 } });
    // The attachment's table, not a body table: it lies after the body.
    expect(index.tables.map((t) => [t.title, t.columns, t.rows])).toEqual([['任务分工表', ['序号', '任务', '牵头单位'], [['1', '建设', '市民政局']]]]);
  });

  it('is the whole text when no tail follows the numbered body', () => {
    const text = '一、目标\n建成体系。\n二、措施\n加强领导。';
    expect(buildDocumentIndex(text).tail).toEqual({ bodyEnd: text.length, notes: null, attachment: null, signature: null });
  });
});
