import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../../src/parse/structure/tree.js';
import { structureOf } from './helpers.js';

describe('a trailing glossary', () => {
  it('is notes with term and text, not sections, under 名词解释', () => {
    const text = '一、任务\n1.推进“两网融合”。\n2.建设“一刻钟便民生活圈”。\n名词解释\n1.两网融合：再生资源回收网络与生活垃圾分类网络融合。\n2.一刻钟便民生活圈：步行15分钟范围内的服务圈。';
    const s = structureOf(text);
    expect(flattenSections(s.sections).map((x) => x.id)).toEqual(['1', '1.1', '1.2']);
    expect(s.sections[0].end).toBe(text.indexOf('\n名词解释'));
    expect(s.notes).toEqual([
      { marker: '1.', term: '两网融合', text: '再生资源回收网络与生活垃圾分类网络融合。', start: text.indexOf('1.两网'), end: text.indexOf('\n2.一刻钟') },
      { marker: '2.', term: '一刻钟便民生活圈', text: '步行15分钟范围内的服务圈。', start: text.indexOf('2.一刻钟'), end: text.length },
    ]);
  });

  it('is one note when the 注： line holds a single explanation', () => {
    const text = '一、任务\n推进工作。\n注：本方案所称“新就业形态”是指依托互联网平台的就业。';
    const s = structureOf(text);
    expect(s.notes).toEqual([
      { marker: '注：', term: null, text: '本方案所称“新就业形态”是指依托互联网平台的就业。', start: text.indexOf('注：'), end: text.length },
    ]);
    expect(s.sections[0].end).toBe(text.indexOf('\n注：'));
  });

  it('does not end the body at a 注： followed by more top-level sections', () => {
    const text = '一、任务\n注：下划线为新增内容。\n二、保障\n内容。';
    const s = structureOf(text);
    expect(flattenSections(s.sections).map((x) => x.id)).toEqual(['1', '2']);
    expect(s.notes).toEqual([]);
  });
});
