import { describe, expect, it } from 'vitest';
import { breakAtOrAfter, breakBefore, buildTextIndex, spanAround } from '../../../src/parse/segment/textIndex.js';

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
