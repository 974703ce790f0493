import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexMarkers, markerAt, markersEndingAt, markersWithin } from '../../../src/parse/segment/markerIndex.js';
import { lexMarker } from '../../../src/parse/segment/markers.js';
import { splitParagraphs } from '../../../src/parse/segment/paragraphs.js';
import { buildTextIndex } from '../../../src/parse/segment/textIndex.js';

const brief = (m: { kind: string; number: number; text: string; start: number; end: number; from: number }) =>
  [m.kind, m.number, m.text, m.start, m.end, m.from] as const;

describe('indexMarkers', () => {
  it('holds every kind of marker with its number and exact span', () => {
    const text = '第一章 总则\n第二条 目的\n一、目标\n（二）任务\n3.措施\n（4）保障\n5）附则\n⑥说明\n第七节 任务';
    const index = indexMarkers(text);
    expect([...markersWithin(index, 0, text.length)].map(brief)).toEqual([
      ['chapter', 1, '第一章', 0, 3, 0],
      ['article', 2, '第二条', 7, 10, 7],
      ['cn-dun', 1, '一、', 14, 16, 14],
      ['cn-paren', 2, '（二）', 19, 22, 19],
      ['ar-dot', 3, '3.', 25, 27, 25],
      ['ar-paren', 4, '（4）', 30, 33, 30],
      // `4）` inside `（4）` is lexed too: the lexer reads at every offset.
      ['ar-half', 4, '4）', 31, 33, 31],
      ['ar-half', 5, '5）', 36, 38, 36],
      ['circled', 6, '⑥', 41, 42, 41],
      ['chapter-section', 7, '第七节', 45, 48, 45],
    ]);
  });

  it('reads a token after a markdown wrapper from each offset the wrapper leaves', () => {
    const text = '## **一、总体要求**';
    const index = indexMarkers(text);
    expect([...markersWithin(index, 0, text.length)].map((m) => [m.from, m.start, m.end, m.wrapper, m.text])).toEqual([
      [0, 5, 7, '##**', '一、'],
      [1, 5, 7, '#**', '一、'],
      [3, 5, 7, '**', '一、'],
      [5, 5, 7, null, '一、'],
    ]);
  });

  it('keeps the token text without emphasis inside it, and its blanks', () => {
    const text = '四 **、** 加强保障（ 五 ）';
    const index = indexMarkers(text);
    expect(markerAt(index, 0)).toMatchObject({ kind: 'cn-dun', number: 4, text: '四、', start: 0, end: 7, wrapper: '**', spaced: false });
    expect(markerAt(index, 12)).toMatchObject({ kind: 'cn-paren', number: 5, text: '（ 五 ）', end: 17, spaced: true, width: 'full' });
  });

  it('marks a dot before a digit ambiguous (`1.5倍`), and reads no marker before `%`', () => {
    const index = indexMarkers('提高1.5倍，增长5%');
    expect(markerAt(index, 2)).toMatchObject({ kind: 'ar-dot', number: 1, text: '1.', start: 2, end: 4, ambiguous: true, width: 'half' });
    expect(markerAt(index, 4)).toBeNull();
    expect(markerAt(index, 9)).toBeNull();
  });

  // Long runs of numerals (`20240101.`, `一二三四五、`) too: the index lexes only their last ones.
  it.each([
    ['any text', [...'第一二十百〇章条部分（）()0１2.．、 \t\u3000*#_①⑳%倍的\n加强']],
    ['runs of numerals', [...'一二三四五六七八九十百零〇0123４5、.．）']],
  ])('reads what the lexer reads at every offset, up to any limit: %s', (_, alphabet) => {
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.nat(), (t, cut) => {
        const index = indexMarkers(t);
        const limit = t.length === 0 ? 0 : cut % (t.length + 1);
        for (let i = 0; i <= t.length; i++) {
          const lexed = lexMarker(t, i, limit);
          expect(markerAt(index, i, limit)).toEqual(lexed && { ...lexed, from: i });
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('marker queries', () => {
  const text = '现制订方案如下：一、工作目标（一）总体要求1.加快建设②完善';
  const index = indexMarkers(text);

  it('finds the marker lexed at an offset, none past a limit', () => {
    expect(markerAt(index, 8)).toMatchObject({ kind: 'cn-dun', number: 1, start: 8, end: 10 });
    expect(markerAt(index, 8, 9)).toBeNull();
    expect(markerAt(index, 9)).toBeNull();
  });

  it('lists the markers lexed within a span, in order', () => {
    expect([...markersWithin(index, 10, 30)].map((m) => m.text)).toEqual(['（一）', '1.', '②']);
    expect([...markersWithin(index, 15, 21)].map((m) => m.text)).toEqual([]);
  });

  it('finds the markers ending at an offset within a look-back', () => {
    expect(markersEndingAt(index, 17, 6).map((m) => [m.text, m.from])).toEqual([['（一）', 14]]);
    expect(markersEndingAt(index, 17, 2)).toEqual([]);
    expect(markersEndingAt(index, 18, 6)).toEqual([]);
  });
});

describe('the text index holds the markers, and the paragraphs read them', () => {
  it('cuts a flattened line at the markers its numbering expects', () => {
    const text =
      '关于印发某市养老服务发展实施方案的通知 各区人民政府：现将方案印发给你们，请认真贯彻执行。' +
      '一、总体要求（一）指导思想。坚持以人民为中心。（二）主要目标。到2025年建成养老服务体系。' +
      '二、重点任务1.完善设施。新建养老机构10所。2.提升服务。培训护理人员500名。';
    const index = buildTextIndex(text);
    expect(markerAt(index.markers, text.indexOf('二、'))).toMatchObject({ kind: 'cn-dun', number: 2 });
    const paragraphs = splitParagraphs(index, index.lines);
    expect(paragraphs.filter((p) => p.sequenced).map((p) => p.text.slice(0, 4))).toEqual(['一、总体', '（一）指', '（二）主', '二、重点', '1.完善', '2.提升']);
    expect(paragraphs.every((p) => p.flat && text.slice(p.start, p.end) === p.text)).toBe(true);
  });
});
