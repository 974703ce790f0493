import { describe, expect, it } from 'vitest';
import { lexMarker } from '../../../src/parse/segment/markers.js';
import { structureOf } from '../structure/helpers.js';

const lex = (text: string) => {
  const m = lexMarker(text, 0);
  return m && { kind: m.kind, number: m.number, text: m.text, start: m.start, end: m.end, ambiguous: m.ambiguous, wrapper: m.wrapper };
};

describe('lexMarker', () => {
  it.each([
    ['一、总体要求', 'cn-dun', 1, '一、'],
    ['十二、附则', 'cn-dun', 12, '十二、'],
    ['（一）加强领导', 'cn-paren', 1, '（一）'],
    ['(二十一)营造环境', 'cn-paren', 21, '(二十一)'],
    ['1.加快发展', 'ar-dot', 1, '1.'],
    ['12．强化保障', 'ar-dot', 12, '12．'],
    ['3、完善机制', 'ar-dot', 3, '3、'],
    ['（1）建设中心', 'ar-paren', 1, '（1）'],
    ['(10)推进助餐', 'ar-paren', 10, '(10)'],
    ['2）改建中心', 'ar-half', 2, '2）'],
    ['③新建中心', 'circled', 3, '③'],
    ['１０．全角数字', 'ar-dot', 10, '１０．'],
  ])('%s → %s %i', (text, kind, number, marker) => {
    expect(lex(text)).toMatchObject({ kind, number, text: marker, start: 0, end: marker.length, ambiguous: false });
  });

  it('keeps stray blanks inside the marker as written', () => {
    expect(lex('（ 二 ）强化督查')).toMatchObject({ kind: 'cn-paren', number: 2, text: '（ 二 ）', end: 5 });
  });

  it('steps over a markdown wrapper and reports it', () => {
    expect(lex('**一、总体目标**')).toMatchObject({ kind: 'cn-dun', number: 1, text: '一、', start: 2, end: 4, wrapper: '**' });
    expect(lex('## 三、保障措施')).toMatchObject({ kind: 'cn-dun', number: 3, start: 3, wrapper: '##' });
  });

  it('flags a dot followed by a digit as ambiguous (a decimal, or note 10. before 15-30%)', () => {
    expect(lex('1.5倍以上')).toMatchObject({ kind: 'ar-dot', number: 1, ambiguous: true });
    expect(lex('10.15-30%的兼职教师比例')).toMatchObject({ kind: 'ar-dot', number: 10, ambiguous: true });
  });

  it.each(['（2021-2025年）期间', '第1名', '2022年底前', '一是加强', '50%以上', '十四五期间', '2025.', '3%、'])(
    'finds no marker in %s',
    (text) => expect(lex(text)).toBeNull(),
  );

  it('reads at the given position only', () => {
    const text = '主要包括：1.治理扬尘；2.管控机动车。';
    expect(lexMarker(text, 0)).toBeNull();
    expect(lexMarker(text, 5)).toMatchObject({ kind: 'ar-dot', number: 1, start: 5, end: 7 });
  });
});

describe('lexMarker: chapters and articles', () => {
  it.each([
    ['第一章 总则', 'chapter', 1, '第一章'],
    ['第十二章\n附则', 'chapter', 12, '第十二章'],
    ['第二部分　重点任务', 'chapter', 2, '第二部分'],
    ['第三条 为了规范管理', 'article', 3, '第三条'],
  ])('%s → %s %i', (text, kind, number, marker) => {
    expect(lex(text)).toMatchObject({ kind, number, text: marker });
  });

  it.each(['第一，加强领导', '第二条的规定', '第1名'])('finds no marker in %s', (text) => expect(lex(text)).toBeNull());
});

describe('markdown emphasis on or inside a marker (crawler copies)', () => {
  it.each([
    ['** 三、保障措施**', 'cn-dun', 3, '三、', 5, '**'],
    ['四 **、** 组织实施', 'cn-dun', 4, '四、', 7, '**'],
    ['四**、**组织实施', 'cn-dun', 4, '四、', 6, '**'],
    ['**（一）建设中心。**正文', 'cn-paren', 1, '（一）', 5, '**'],
    ['2**.**加快发展', 'ar-dot', 2, '2.', 6, '**'],
  ])('%s → %s %i, marker %s ending at %i', (text, kind, number, marker, end, wrapper) => {
    expect(lex(text)).toMatchObject({ kind, number, text: marker, end, wrapper });
  });

  it('gives the outline the headings without emphasis, and spans that slice back', () => {
    const text = '某市养老服务行动方案\n\n为推进工作，制定本方案。\n\n** 一、总体要求**\n\n坚持以人民为中心。\n\n二 **、** 重点任务\n\n**（一）建设养老中心。**各区要建设中心。\n\n三**、**组织实施\n\n抓好落实。';
    const sections = structureOf(text).sections;
    expect(sections.map((s) => [s.marker, s.heading, text.slice(s.start, s.start + 2)])).toEqual([
      ['一、', '总体要求', '一、'],
      ['二、', '重点任务', '二 '],
      ['三、', '组织实施', '三*'],
    ]);
    expect(sections[1].children.map((s) => [s.heading, s.text])).toEqual([['建设养老中心', '建设养老中心。**各区要建设中心。']]);
    expect(sections[2].text).toBe('组织实施\n\n抓好落实。');
  });
});
