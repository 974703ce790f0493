import { describe, expect, it } from 'vitest';
import { breakAtOrAfter, breakBefore, buildTextIndex, lineStartWithin, spanAround } from '../../../src/parse/segment/textIndex.js';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('text index', () => {
  const text = '一、目标\r到2025年，建成3所；完成率90%。新增：5家\u2028二、措施\t备注';
  const index = buildTextIndex(text);

  it('gives the sentence, clause, phrase and element around an offset, closing break included', () => {
    const at = text.indexOf('3所');
    expect(slice(text, spanAround(index, at, 'sentence'))).toBe('到2025年，建成3所；完成率90%。');
    expect(slice(text, spanAround(index, at, 'clause'))).toBe('到2025年，建成3所；');
    expect(slice(text, spanAround(index, at, 'phrase'))).toBe('建成3所；');
    expect(slice(text, spanAround(index, text.indexOf('5家'), 'element'))).toBe('5家\u2028');
  });

  it('breaks lines on every line-break kind (bare \\r, U+2028) and keeps the lines', () => {
    expect(index.lines.map((l) => l.text)).toEqual(['一、目标', '到2025年，建成3所；完成率90%。新增：5家', '二、措施\t备注']);
    expect(slice(text, spanAround(index, text.indexOf('新增'), 'line'))).toBe('到2025年，建成3所；完成率90%。新增：5家\u2028');
  });

  it('finds the nearest break before and after an offset, -1 and text.length at the ends', () => {
    expect(breakBefore(index, 2, 'sentence')).toBe(-1);
    expect(breakBefore(index, text.indexOf('完成'), 'clause')).toBe(text.indexOf('；'));
    expect(breakAtOrAfter(index, text.indexOf('备注'), 'element')).toBe(text.length);
    expect(breakAtOrAfter(index, text.indexOf('二、'), 'element')).toBe(text.indexOf('\t'));
    expect(index.colons).toEqual([text.indexOf('：')]);
  });
});

describe('line starts near an offset', () => {
  it('treat \\r\\n as one break and bare \\r as a break, within the limit only', () => {
    for (const br of ['\n', '\r\n', '\r']) {
      const text = `标题行${br}到2025年，建成3所。${br}末行`;
      const index = buildTextIndex(text);
      const at = text.indexOf('3所');
      expect(lineStartWithin(index, at, 120)).toBe(text.indexOf('到2025年'));
      expect(lineStartWithin(index, text.indexOf('末行'), 120)).toBe(text.indexOf('末行'));
      expect(lineStartWithin(index, at, 3)).toBe(-1);
    }
  });
});
